import { z } from "zod";
import { RECORD_PATHS } from "@/lib/records/paths";
import { recordId, version } from "./fields";

/** The record types that share delete, restore and history. */
export const recordKind = z.enum(Object.keys(RECORD_PATHS) as [keyof typeof RECORD_PATHS, ...(keyof typeof RECORD_PATHS)[]]);

export const deleteRecordSchema = z.object({ version });

export const restoreRecordSchema = z.object({ kind: recordKind, id: recordId });

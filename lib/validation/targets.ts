import { z } from "zod";
import { isRecordId } from "./fields";
import { message } from "./message";

// The targets form: one input per committee and indicator, named
// `cells.<committee id>.<indicator id>`, with the version the page showed in
// `versions.<committee id>.<indicator id>` (absent for a target not set yet).
// Values are parsed in the data layer, which knows each indicator's unit.

const CELL = "cells.";
const VERSION = "versions.";
const cellKey = z.string().regex(/^[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9_-]{1,64}$/);

const targetsFields = z.object({
  ban: z.string().refine(isRecordId, message("validation.invalid")),
  ky: z.string().trim().min(1, message("validation.invalid")).max(40, message("validation.invalid")),
  cells: z.record(cellKey, z.string().max(40, message("validation.tooLong"))).default({}),
  versions: z.record(cellKey, z.coerce.number().int().positive()).default({}),
});

export const targetsSchema = z.preprocess((raw) => {
  if (typeof raw !== "object" || raw === null) return raw;
  const cells: Record<string, unknown> = {};
  const versions: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith(CELL)) cells[key.slice(CELL.length)] = value;
    else if (key.startsWith(VERSION)) versions[key.slice(VERSION.length)] = value;
    else rest[key] = value;
  }
  return { ...rest, cells, versions };
}, targetsFields);

export type TargetsInput = z.infer<typeof targetsFields>;

export const copyTargetsSchema = z.object({ ban: targetsFields.shape.ban, ky: targetsFields.shape.ky });

/** The input of one target (its id and name). */
export const targetField = (committeeId: string, indicatorId: string) => `${CELL}${committeeId}.${indicatorId}`;
export const targetVersionField = (committeeId: string, indicatorId: string) => `${VERSION}${committeeId}.${indicatorId}`;

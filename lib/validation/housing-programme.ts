import { z } from "zod";
import { recordId, text, version } from "./fields";
import { message } from "./message";

// The housing programmes admins keep (/quan-tri/chuong-trinh-nha).

const position = z.coerce
  .number({ error: message("validation.position") })
  .int(message("validation.position"))
  .min(0, message("validation.position"))
  .max(10_000, message("validation.position"));

const active = z
  .string()
  .optional()
  .transform((value) => value === "1" || value === "on");

export const createHousingProgrammeSchema = z.object({ name: text(120), position });

export const updateHousingProgrammeSchema = z.object({ id: recordId, name: text(120), position, active, version });

export type CreateHousingProgrammeInput = z.infer<typeof createHousingProgrammeSchema>;
export type UpdateHousingProgrammeInput = z.infer<typeof updateHousingProgrammeSchema>;

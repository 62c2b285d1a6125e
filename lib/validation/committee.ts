import { z } from "zod";
import { recordId, optionalEmail, optionalText, phone, text, version } from "./fields";

// The committee profile a committee's own staff keep up to date. The id
// travels in the form, so a forged one meets the same check as any other.
export const committeeProfileSchema = z.object({
  id: recordId,
  name: text(200),
  shortName: text(80),
  address: optionalText(300),
  phone,
  email: optionalEmail,
  headName: optionalText(120),
  headTitle: optionalText(200),
  // A hidden "0" before the checkbox's "1": absent when the form did not offer the setting.
  editorsPublish: z
    .enum(["0", "1"])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === "1")),
  version,
});

export type CommitteeProfileInput = z.infer<typeof committeeProfileSchema>;

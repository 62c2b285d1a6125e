import { z } from "zod";
import { locales } from "@/lib/i18n/config";

// A path on this site only ("/tin-tuc?trang=2"), never "//host" or "/\host":
// the value comes from the form, so it must not become an open redirect.
const localPath = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])/)
  .refine((value) => {
    try {
      return new URL(value, "http://portal.invalid").origin === "http://portal.invalid";
    } catch {
      return false;
    }
  });

/** The language switch's form: the chosen locale and the page to go back to. */
export const setLocaleSchema = z.object({
  locale: z.enum(locales),
  returnTo: localPath.catch("/"),
});

import type { MessagePath } from "@/lib/i18n/server";

/** What the sign-in form reads from the catalog (see ClientMessages). */
export const SIGN_IN_FORM_MESSAGES = ["auth", "nav.signIn", "validation.tooLong", "validation.invalid"] as const satisfies readonly MessagePath[];

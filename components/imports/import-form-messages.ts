import type { MessagePath } from "@/lib/i18n/server";

/** What the import forms read from the catalog (see ClientMessages). */
export const IMPORT_FORM_MESSAGES = ["imports.file", "imports.upload", "imports.uploadFixed", "imports.commit", "imports.committing", "common"] as const satisfies readonly MessagePath[];

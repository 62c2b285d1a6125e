// No server-only import: the public form and the schema share the name.
/** The honeypot: a field of the comment form hidden from people, which form-filling bots fill. */
export const HONEYPOT_FIELD = "website";

import type { MessageKey } from "@/lib/i18n/message-key";

/**
 * A zod message is a catalog key, translated where the error is shown
 * (lib/actions/form-state, the sign-in form). Writing it through `message`
 * makes a misspelt key fail `tsc`.
 */
export const message = <K extends MessageKey>(key: K): K => key;

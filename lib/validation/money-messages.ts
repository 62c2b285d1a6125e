import type { MessageKey } from "@/lib/i18n/message-key";
import type { VndParseError } from "@/lib/money/parse-vnd";
import { message } from "./message";

// Apart from lib/validation/money so that the money field (a client
// component) names the same messages without loading zod.

const MESSAGES: Record<VndParseError, MessageKey> = {
  empty: message("validation.required"),
  invalid: message("validation.money"),
  negative: message("validation.moneyNegative"),
  fraction: message("validation.moneyFraction"),
  tooLarge: message("validation.moneyTooLarge"),
};

/** The catalog key of the message for an amount `parseVnd` refused. */
export function vndErrorMessage(error: VndParseError): MessageKey {
  return MESSAGES[error];
}

/** The catalog key of the message for a zero amount where one above zero is required. */
export const VND_POSITIVE_MESSAGE = message("validation.moneyPositive");

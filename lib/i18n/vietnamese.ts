import { createTranslator } from "next-intl";
import { vi } from "./messages/vi";

/**
 * The Vietnamese catalog outside a request: for text stored in the database
 * in Vietnamese (period labels the seed writes) and for tests.
 */
export const viTranslator = createTranslator({ locale: "vi", messages: vi });

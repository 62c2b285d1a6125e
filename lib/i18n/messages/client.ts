import type { Messages } from "./index";

/**
 * Catalog sections sent to the browser for client components. Keep this list
 * short: everything in it is serialized into every page.
 */
export const clientNamespaces = ["site", "common", "errors"] as const satisfies readonly (keyof Messages)[];

export type ClientMessages = Pick<Messages, (typeof clientNamespaces)[number]>;

export function pickClientMessages(messages: Messages): ClientMessages {
  return { site: messages.site, common: messages.common, errors: messages.errors };
}

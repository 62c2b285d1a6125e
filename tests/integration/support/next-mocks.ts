// Server actions run here outside a Next request: the session, the cache and
// cookies are stood in for; everything below them (data layer, PostgreSQL) is
// real. Test files install these with vi.mock(path, () => import(...)).
import type { Viewer } from "@/lib/auth/policy";
import { createTranslator } from "next-intl";
import { vi as messages } from "@/lib/i18n/messages/vi";

export const session: { viewer: Viewer | null } = { viewer: null };
export const cookieJar = new Map<string, string>();

export const viewerModule = {
  getViewer: async () => session.viewer,
  requireViewer: async () => {
    if (!session.viewer) throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/dang-nhap;307;" });
    return session.viewer;
  },
  // Test viewers are never waiting to change a reset password.
  mustChangePassword: async () => false,
};

export const cacheModule = { revalidatePath: () => {}, revalidateTag: () => {} };

export const headersModule = {
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name) } : undefined),
    set: (name: string, value: string) => void cookieJar.set(name, value),
    delete: (name: string) => void cookieJar.delete(name),
  }),
  headers: async () => new Headers(),
};

// next-intl/server outside a request: the Vietnamese catalog.
export const i18nModule = {
  getLocale: async () => "vi" as const,
  getMessages: async () => messages,
  getTranslations: async (namespace?: string) => createTranslator({ locale: "vi", messages, namespace: namespace as never }),
};

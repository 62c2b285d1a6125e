import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { z } from "zod";
import { SignInForm } from "@/components/auth/sign-in-form";
import { MAIN_CONTENT_ID } from "@/components/layout/skip-link";
import { Alert } from "@/components/ui/alert";
import { safeCallbackPath } from "@/lib/auth/routes";
import { getViewer } from "@/lib/auth/viewer";
import { SIGN_IN_LIMITS } from "@/lib/auth/throttle";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const m = await getMessages();
  return { title: m.auth.signInTitle };
}

const searchSchema = z.object({
  callbackUrl: z.string().optional().catch(undefined),
  changed: z.literal("1").optional().catch(undefined),
  error: z.string().optional().catch(undefined),
});

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = searchSchema.parse(await searchParams);
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  const m = await getMessages();

  return (
    <main id={MAIN_CONTENT_ID} className="flex min-h-dvh items-center justify-center bg-ink-50 px-4 py-12">
      <div className="w-full max-w-md">
        <Link href="/" className="mb-6 block text-center text-2xl font-bold text-brand-800">
          {m.site.name}
        </Link>
        <div className="rounded-lg border border-ink-200 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-xl font-bold text-ink-900">{m.auth.signInTitle}</h1>
          <p className="mt-2 text-sm text-ink-600">{m.auth.signInLead}</p>
          {params.changed ? (
            <Alert tone="success" className="mt-4">
              {m.auth.passwordChanged}
            </Alert>
          ) : null}
          <div className="mt-6">
            <SignInForm labels={m.auth} signInLabel={m.nav.signIn} callbackUrl={callbackUrl} lockMinutes={SIGN_IN_LIMITS.windowMinutes} />
          </div>
          <p className="mt-6 text-sm text-ink-600">{m.auth.forgotPassword}</p>
        </div>
      </div>
    </main>
  );
}

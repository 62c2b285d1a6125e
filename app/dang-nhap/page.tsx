import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SIGN_IN_FORM_MESSAGES } from "@/components/auth/sign-in-form-messages";
import { SignInForm } from "@/components/auth/sign-in-form";
import { MAIN_CONTENT_ID } from "@/components/layout/skip-link";
import { Alert } from "@/components/ui/alert";
import { safeCallbackPath } from "@/lib/auth/routes";
import { getViewer } from "@/lib/auth/viewer";
import { SIGN_IN_LIMITS } from "@/lib/auth/throttle";
import { ClientMessages } from "@/lib/i18n/server";
import { signInPageParams } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("auth.signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = signInPageParams.parse(await searchParams);
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  const t = await getTranslations();

  return (
    <main id={MAIN_CONTENT_ID} className="flex min-h-dvh items-center justify-center bg-ink-50 px-4 py-12">
      <div className="w-full max-w-md">
        <Link href="/" className="mb-6 block text-center text-2xl font-bold text-brand-800">
          {t("site.name")}
        </Link>
        <div className="rounded-lg border border-ink-200 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-xl font-bold text-ink-900">{t("auth.signInTitle")}</h1>
          <p className="mt-2 text-sm text-ink-600">{t("auth.signInLead")}</p>
          {params.changed ? (
            <Alert tone="success" className="mt-4">
              {t("auth.passwordChanged")}
            </Alert>
          ) : null}
          <div className="mt-6">
            <ClientMessages paths={SIGN_IN_FORM_MESSAGES}>
              <SignInForm callbackUrl={callbackUrl} lockMinutes={SIGN_IN_LIMITS.windowMinutes} />
            </ClientMessages>
          </div>
          <p className="mt-6 text-sm text-ink-600">{t("auth.forgotPassword")}</p>
        </div>
      </div>
    </main>
  );
}

"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { messageText } from "@/lib/i18n/message-key";
import { signInSchema } from "@/lib/validation/user";

type Errors = { email?: string; password?: string; form?: string };
type AuthT = ReturnType<typeof useTranslations<"auth">>;

/** next-auth's error code (lib/auth/options.ts: SignInError) → message. */
function messageFor(code: string, t: AuthT, lockMinutes: number): string {
  if (code === "invalid" || code === "CredentialsSignin") return t("errors.invalidCredentials");
  if (code === "throttled") return t("errors.tooManyAttempts", { minutes: lockMinutes });
  return t("errors.unknown");
}

/** Messages: SIGN_IN_FORM_MESSAGES (./sign-in-form-messages). */
export function SignInForm({ callbackUrl, lockMinutes }: { callbackUrl: string; lockMinutes: number }) {
  const t = useTranslations();
  const auth = useTranslations("auth");
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: data.get("email") ?? "", password: data.get("password") ?? "" });
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as "email" | "password";
        found[field] ??= messageText(t, issue.message, "auth.errors.unknown");
      }
      setErrors(found);
      return;
    }
    setErrors({});
    const { email, password } = parsed.data;

    setPending(true);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result || result.error) {
        setErrors({ form: messageFor(result?.error ?? "", auth, lockMinutes) });
        return;
      }
      // A full load, so every server component sees the new session.
      window.location.assign(callbackUrl);
    } catch {
      setErrors({ form: auth("errors.unknown") });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5" aria-describedby={errors.form ? "sign-in-error" : undefined}>
      {/* Where the form leads after sign-in, already checked on the server (lib/auth/routes.ts). */}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {errors.form ? (
        <Alert tone="danger" id="sign-in-error">
          {errors.form}
        </Alert>
      ) : null}
      <Field id="email" label={auth("email")} error={errors.email}>
        {(control) => <Input {...control} type="email" autoComplete="username" inputMode="email" placeholder={auth("emailPlaceholder")} autoFocus />}
      </Field>
      <Field id="password" label={auth("password")} error={errors.password}>
        {(control) => <Input {...control} type="password" autoComplete="current-password" />}
      </Field>
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? auth("signingIn") : t("nav.signIn")}
      </Button>
    </form>
  );
}

"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage, TextField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { setPasswordAction } from "./actions";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("account.setPassword");
  const { state, dispatch: action, id: formId, err, message } = useActionForm("account", setPasswordAction);
  if (state.ok) {
    return (
      <div className="mt-6 space-y-4 rounded-lg bg-white p-6 shadow-sm">
        <p role="status" className="font-medium text-green-800">
          {message}
        </p>
        <Link href="/login" className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("toLogin")}
        </Link>
      </div>
    );
  }
  return (
    <form id={formId} action={action} noValidate className="mt-6 space-y-4 rounded-lg bg-white p-6 shadow-sm">
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <div key={state.seq} className="space-y-4">
        <TextField name="password" type="password" autoComplete="new-password" label={t("password")} hint={t("rules")} error={err("password")} />
        <TextField name="confirmPassword" type="password" autoComplete="new-password" label={t("confirm")} error={err("confirmPassword")} />
      </div>
      <FormMessage text={state.errors?.token ? err("token") : message} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

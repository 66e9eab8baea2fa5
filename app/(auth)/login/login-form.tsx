"use client";

import { useFormatter, useTranslations } from "next-intl";
import { FormMessage, TextField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/submit-button";
import { loginAction } from "./actions";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth.login");
  const form = useActionForm("auth", loginAction);
  const format = useFormatter();
  // Held back after repeated failures (the answer carries until when), or refused: both fields are marked,
  // and which one was wrong is not said, so nobody learns who has an account.
  const retryAt = form.state.result?.retryAt;
  const refused = retryAt
    ? t("held", { until: format.dateTime(new Date(retryAt), { dateStyle: "medium", timeStyle: "medium" }) })
    : form.message && !form.state.ok
      ? form.message
      : undefined;
  return (
    <form id={form.id} action={form.dispatch} className="mt-6 space-y-4 rounded-lg bg-white p-6 shadow-sm" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div key={form.state.seq} className="space-y-4">
        <TextField
          name="email"
          type="email"
          autoComplete="username"
          required
          label={t("email")}
          defaultValue={form.value("email")}
          aria-invalid={refused ? true : undefined}
          aria-describedby={refused ? "login-error" : undefined}
        />
        <TextField
          name="password"
          type="password"
          autoComplete="current-password"
          required
          label={t("password")}
          aria-invalid={refused ? true : undefined}
          aria-describedby={refused ? "login-error" : undefined}
        />
      </div>
      <div id="login-error">
        <FormMessage text={refused} />
      </div>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

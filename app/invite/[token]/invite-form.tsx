"use client";

import { useTranslations } from "next-intl";
import { FormMessage, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("enterprise.invite.accept");
  const form = useActionForm("enterprise", acceptInvitationAction);
  return (
    <form id={form.id} action={form.dispatch} noValidate className="mt-6 space-y-4 rounded-lg bg-white p-6 shadow-sm">
      <input type="hidden" name="token" value={token} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <div key={form.state.seq} className="space-y-4">
        <TextField name="name" label={t("name")} error={form.err("name")} defaultValue={form.value("name")} autoComplete="name" />
        <TextField name="password" type="password" autoComplete="new-password" label={t("password")} hint={t("passwordHint")} error={form.err("password")} />
      </div>
      <FormMessage text={form.err("token") ?? form.message} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

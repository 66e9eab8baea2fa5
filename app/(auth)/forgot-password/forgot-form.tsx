"use client";

import { useTranslations } from "next-intl";
import { FormMessage, TextField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/submit-button";
import { requestResetAction } from "./actions";

export function ForgotForm() {
  const t = useTranslations("auth.forgot");
  const form = useActionForm("auth", requestResetAction);
  return (
    <form id={form.id} action={form.dispatch} className="mt-6 space-y-4 rounded-lg bg-white p-6 shadow-sm" noValidate>
      <div key={form.state.seq}>
        <TextField name="email" type="email" autoComplete="username" required label={t("email")} defaultValue={form.value("email")} error={form.err("email")} />
      </div>
      <FormMessage text={form.state.ok ? form.message : undefined} ok />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import type { MessageKey } from "@/lib/i18n/keys";
import { FormMessage, SelectField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { registerAction } from "./actions";

export function RegisterForm({ townships }: { townships: { value: string; label: string }[] }) {
  const t = useTranslations("enterprise.register");
  const choose = useTranslations("enterprise.new")("choose_option");
  const form = useActionForm("enterprise", registerAction);
  const text = (name: MessageKey<"enterprise.register">, extra: React.InputHTMLAttributes<HTMLInputElement> & { hint?: string } = {}) => (
    <TextField name={name} label={t(name)} error={form.err(name)} defaultValue={form.value(name)} {...extra} />
  );
  const box = (name: "whitelisted" | "aboveScale") => (
    <div className="flex items-start gap-2">
      <input type="checkbox" id={name} name={name} defaultChecked={form.value(name) === "on"} className="mt-1 size-4" />
      <label htmlFor={name}>{t(name)}</label>
    </div>
  );
  return (
    <form id={form.id} action={form.dispatch} noValidate className="mt-6 space-y-6 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <div key={form.state.seq} className="space-y-6">
        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-lg font-semibold">{t("company")}</legend>
          {text("companyName", { autoComplete: "organization" })}
          {text("uscc", { hint: t("usccHint"), autoCapitalize: "characters", maxLength: 18, autoComplete: "off" })}
          <SelectField
            name="townshipId"
            label={t("township")}
            error={form.err("townshipId")}
            defaultValue={form.value("townshipId")}
            options={[{ value: "", label: choose }, ...townships]}
          />
          {text("park")}
          <div className="sm:col-span-2">{text("address", { autoComplete: "street-address" })}</div>
          {text("contactName")}
          {text("contactPhone", { type: "tel", autoComplete: "tel" })}
          <div className="space-y-2 sm:col-span-2">
            {box("whitelisted")}
            {box("aboveScale")}
            <p className="text-sm text-slate-600">{t("declared")}</p>
          </div>
        </fieldset>
        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-lg font-semibold">{t("account")}</legend>
          {text("name", { autoComplete: "name" })}
          {text("email", { type: "email", autoComplete: "username" })}
          <div className="sm:col-span-2">
            <TextField
              name="password"
              type="password"
              autoComplete="new-password"
              label={t("password")}
              hint={t("passwordHint")}
              error={form.err("password")}
            />
          </div>
        </fieldset>
      </div>
      <FormMessage text={form.message} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

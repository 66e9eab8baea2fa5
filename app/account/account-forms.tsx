"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/forms/field";
import { FormCard } from "@/components/forms/form-card";
import { useActionForm } from "@/components/forms/use-action-form";
import { changePasswordAction, signOutOthersAction, updateProfileAction } from "./actions";

export function ProfileForm({ name, phone, locale }: { name: string; phone: string; locale: string }) {
  const t = useTranslations("account");
  const tl = useTranslations("common.language");
  const form = useActionForm("account", updateProfileAction);
  const { err, value } = form;
  return (
    <FormCard form={form} id="profile" title={t("profileTitle")} submit={t("saveProfile")} fieldsClass="grid gap-3 sm:grid-cols-2">
      <TextField name="name" label={t("name")} autoComplete="name" error={err("name")} defaultValue={value("name", name)} />
      <TextField
        name="phone"
        type="tel"
        label={t("phone")}
        hint={t("phoneHint")}
        autoComplete="tel"
        error={err("phone")}
        defaultValue={value("phone", phone)}
      />
      <SelectField
        name="locale"
        label={t("language")}
        hint={t("languageHint")}
        error={err("locale")}
        defaultValue={value("locale", locale)}
        options={[
          { value: "zh-CN", label: tl("zh-CN") },
          { value: "en", label: tl("en") },
        ]}
      />
    </FormCard>
  );
}

export function PasswordForm() {
  const t = useTranslations("account");
  const form = useActionForm("account", changePasswordAction);
  const { err } = form;
  return (
    <FormCard
      form={form}
      id="password"
      title={t("passwordTitle")}
      hint={t("passwordRules")}
      submit={t("changePassword")}
      fieldsClass="grid gap-3 sm:grid-cols-3"
    >
      <TextField
        name="currentPassword"
        id="pw-current"
        type="password"
        autoComplete="current-password"
        label={t("currentPassword")}
        error={err("currentPassword")}
      />
      <TextField name="newPassword" id="pw-new" type="password" autoComplete="new-password" label={t("newPassword")} error={err("newPassword")} />
      <TextField
        name="confirmPassword"
        id="pw-confirm"
        type="password"
        autoComplete="new-password"
        label={t("confirmPassword")}
        error={err("confirmPassword")}
      />
    </FormCard>
  );
}

export function SessionsForm() {
  const t = useTranslations("account");
  const form = useActionForm("account", signOutOthersAction);
  return (
    <FormCard form={form} id="sessions" title={t("sessionsTitle")} hint={t("sessionsHint")} submit={t("signOutOthers")} fieldsClass="max-w-sm">
      <TextField
        name="currentPassword"
        id="sessions-current"
        type="password"
        autoComplete="current-password"
        label={t("currentPassword")}
        error={form.err("currentPassword")}
      />
    </FormCard>
  );
}

"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { SubmitButton } from "@/components/submit-button";
import { createUserAction } from "../actions";
import { FormMessage, SelectField, TextField } from "@/components/forms/field";
import { LinkOnce } from "../../_components/link-once";
import { useActionForm } from "@/components/forms/use-action-form";

type Option = { value: string; label: string };

export function CreateUserForm({ units, roles }: { units: Option[]; roles: Option[] }) {
  const t = useTranslations("admin.users");
  const { state, dispatch: action, id: formId, err, message, value } = useActionForm("admin", createUserAction);
  if (state.ok && state.link) {
    return (
      <div className="space-y-4 rounded-lg bg-white p-6 shadow-sm">
        <p role="status" className="font-medium text-green-800">
          {message}
        </p>
        <LinkOnce link={state.link} />
        <div className="flex gap-4">
          <Link href="/admin/users" className="text-brand-700 underline">
            {t("backToList")}
          </Link>
          {/* A full load on purpose: it starts an empty form, where a client navigation would keep this state. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/admin/users/new" className="text-brand-700 underline">
            {t("createAnother")}
          </a>
        </div>
      </div>
    );
  }
  return (
    <form id={formId} action={action} noValidate className="space-y-4 rounded-lg bg-white p-6 shadow-sm">
      <div key={state.seq} className="space-y-4">
        <TextField name="email" type="email" autoComplete="off" label={t("email")} error={err("email")} defaultValue={value("email")} required />
        <TextField name="name" label={t("name")} error={err("name")} defaultValue={value("name")} required />
        <TextField name="phone" type="tel" label={t("phone")} hint={t("optional")} error={err("phone")} defaultValue={value("phone")} />
        <SelectField name="role" label={t("role")} error={err("role")} defaultValue={value("role", "OFFICER")} options={roles} />
        <SelectField
          name="unitId"
          label={t("unit")}
          hint={t("unitHint")}
          error={err("unitId")}
          defaultValue={value("unitId")}
          options={[{ value: "", label: t("noUnit") }, ...units]}
        />
      </div>
      <p className="text-sm text-slate-600">{t("noPasswordNote")}</p>
      <FormMessage text={message} ok={state.ok} />
      <SubmitButton>{t("createSubmit")}</SubmitButton>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { changeRoleAction, sendLinkAction, setActiveAction } from "../actions";
import { SelectField } from "@/components/forms/field";
import { FormCard } from "@/components/forms/form-card";
import { LinkOnce } from "../../_components/link-once";
import { useActionForm } from "@/components/forms/use-action-form";

type Option = { value: string; label: string };

export function RoleForm({ userId, role, unitId, roles, units }: { userId: string; role: string; unitId: string; roles: Option[]; units: Option[] }) {
  const t = useTranslations("admin.users");
  const form = useActionForm("admin", changeRoleAction);
  const { err, value } = form;
  return (
    <FormCard
      form={form}
      hidden={{ userId }}
      id="role-form"
      title={t("roleTitle")}
      hint={t("roleHint")}
      submit={t("roleSubmit")}
      fieldsClass="grid gap-3 sm:grid-cols-2"
    >
      <SelectField name="role" id="change-role" label={t("role")} error={err("role")} defaultValue={value("role", role)} options={roles} />
      <SelectField
        name="unitId"
        id="change-unit"
        label={t("unit")}
        error={err("unitId")}
        defaultValue={value("unitId", unitId)}
        options={[{ value: "", label: t("noUnit") }, ...units]}
      />
    </FormCard>
  );
}

export function ActiveForm({ userId, active }: { userId: string; active: boolean }) {
  const t = useTranslations("admin.users");
  const form = useActionForm("admin", setActiveAction);
  return (
    <FormCard
      form={form}
      hidden={{ userId }}
      id="active-form"
      title={t("accessTitle")}
      hint={active ? t("disableHint") : t("enableHint")}
      submit={active ? t("disable") : t("enable")}
      submitClass={active ? "rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800" : undefined}
      after={<input type="hidden" name="active" value={active ? "false" : "true"} />}
    />
  );
}

export function PasswordLinkForm({ userId }: { userId: string }) {
  const t = useTranslations("admin.users");
  const form = useActionForm("admin", sendLinkAction);
  return (
    <FormCard
      form={form}
      hidden={{ userId }}
      id="link-form"
      title={t("linkTitle")}
      hint={t("linkExplain")}
      submit={t("sendLink")}
      after={form.state.ok && form.state.link ? <LinkOnce link={form.state.link} /> : null}
    />
  );
}

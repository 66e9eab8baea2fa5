"use client";

import { useTranslations } from "next-intl";
import { createTownshipAction, createUnitAction, moveCaseAction, renameTownshipAction, updateUnitAction } from "./actions";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { FormCard } from "@/components/forms/form-card";
import { useActionForm } from "@/components/forms/use-action-form";

type Option = { value: string; label: string };

export function CreateTownshipForm() {
  const t = useTranslations("admin.units");
  const form = useActionForm("admin", createTownshipAction);
  const { err, value } = form;
  return (
    <FormCard form={form} id="township-form" title={t("newTownship")} submit={t("createTownship")} fieldsClass="grid gap-3 sm:grid-cols-3">
      <TextField name="code" id="township-code" label={t("code")} hint={t("codeHint")} error={err("code")} defaultValue={value("code")} />
      <TextField name="nameZh" id="township-nameZh" label={t("nameZh")} error={err("nameZh")} defaultValue={value("nameZh")} lang="zh-CN" />
      <TextField name="nameEn" id="township-nameEn" label={t("nameEn")} error={err("nameEn")} defaultValue={value("nameEn")} lang="en" />
    </FormCard>
  );
}

export function RenameTownshipForm({ townships }: { townships: Option[] }) {
  const t = useTranslations("admin.units");
  const form = useActionForm("admin", renameTownshipAction);
  const { err, value } = form;
  return (
    <FormCard form={form} id="rename-township-form" title={t("renameTownship")} submit={t("save")} fieldsClass="grid gap-3 sm:grid-cols-3">
      <SelectField
        name="townshipId"
        id="rename-township"
        label={t("townshipToRename")}
        error={err("townshipId")}
        defaultValue={value("townshipId")}
        options={[{ value: "", label: t("chooseTownship") }, ...townships]}
      />
      <TextField name="nameZh" id="rename-township-nameZh" label={t("newNameZh")} error={err("nameZh")} defaultValue={value("nameZh")} lang="zh-CN" />
      <TextField name="nameEn" id="rename-township-nameEn" label={t("newNameEn")} error={err("nameEn")} defaultValue={value("nameEn")} lang="en" />
    </FormCard>
  );
}

export function CreateUnitForm({ townships }: { townships: Option[] }) {
  const t = useTranslations("admin.units");
  const form = useActionForm("admin", createUnitAction);
  const { err, value } = form;
  return (
    <FormCard form={form} id="unit-form" title={t("newUnit")} submit={t("createUnit")} fieldsClass="grid gap-3 sm:grid-cols-2">
      <SelectField
        name="kind"
        id="unit-kind"
        label={t("kind")}
        error={err("kind")}
        defaultValue={value("kind", "TOWNSHIP")}
        options={[
          { value: "TOWNSHIP", label: t("kinds.TOWNSHIP") },
          { value: "BUREAU", label: t("kinds.BUREAU") },
        ]}
      />
      <TextField name="code" id="unit-code" label={t("code")} hint={t("codeHint")} error={err("code")} defaultValue={value("code")} />
      <TextField name="nameZh" id="unit-nameZh" label={t("nameZh")} error={err("nameZh")} defaultValue={value("nameZh")} lang="zh-CN" />
      <TextField name="nameEn" id="unit-nameEn" label={t("nameEn")} error={err("nameEn")} defaultValue={value("nameEn")} lang="en" />
      <SelectField
        name="townshipId"
        id="unit-township"
        label={t("township")}
        hint={t("townshipHint")}
        error={err("townshipId")}
        defaultValue={value("townshipId")}
        options={[{ value: "", label: t("noTownship") }, ...townships]}
      />
    </FormCard>
  );
}

export function UpdateUnitForm({
  unitId,
  nameZh,
  nameEn,
  townshipId,
  townships,
}: {
  unitId: string;
  nameZh: string;
  nameEn: string;
  townshipId: string | null;
  townships: Option[] | null;
}) {
  const t = useTranslations("admin.units");
  const form = useActionForm("admin", updateUnitAction);
  const { err, value } = form;
  return (
    <FormCard form={form} hidden={{ unitId }} id="edit-unit" title={t("editUnit")} submit={t("save")} fieldsClass="grid gap-3 sm:grid-cols-2">
      <TextField name="nameZh" label={t("nameZh")} error={err("nameZh")} defaultValue={value("nameZh", nameZh)} lang="zh-CN" />
      <TextField name="nameEn" label={t("nameEn")} error={err("nameEn")} defaultValue={value("nameEn", nameEn)} lang="en" />
      {townships && (
        <SelectField
          name="townshipId"
          label={t("township")}
          hint={t("attachHint")}
          error={err("townshipId")}
          defaultValue={value("townshipId", townshipId ?? "")}
          options={[{ value: "", label: t("noTownship") }, ...townships]}
        />
      )}
    </FormCard>
  );
}

export function MoveCaseForm({ units }: { units: Option[] }) {
  const t = useTranslations("admin.units");
  const form = useActionForm("admin", moveCaseAction);
  const { err, value } = form;
  return (
    <FormCard form={form} id="move-form" title={t("moveTitle")} hint={t("moveHint")} submit={t("moveSubmit")} fieldsClass="grid gap-3 sm:grid-cols-2">
      <TextField
        name="reference"
        id="move-reference"
        label={t("reference")}
        placeholder="YW-2026-000123"
        error={err("reference")}
        defaultValue={value("reference")}
      />
      <SelectField
        name="unitId"
        id="move-unit"
        label={t("targetUnit")}
        error={err("unitId")}
        defaultValue={value("unitId")}
        options={[{ value: "", label: t("chooseUnit") }, ...units]}
      />
      <div className="sm:col-span-2">
        <TextAreaField name="reason" id="move-reason" label={t("reason")} error={err("reason")} defaultValue={value("reason")} />
      </div>
    </FormCard>
  );
}

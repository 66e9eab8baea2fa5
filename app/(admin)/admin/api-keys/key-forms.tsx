"use client";

import { useTranslations } from "next-intl";
import { TextAreaField, TextField } from "@/components/forms/field";
import { FormCard } from "@/components/forms/form-card";
import { useActionForm } from "@/components/forms/use-action-form";
import { createApiKeyAction, revokeApiKeyAction, rotateApiKeyAction, updateApiKeyAction } from "./actions";

type Option = { value: string; label: string };
export type Grant = {
  name: string;
  canWrite: boolean;
  types: string[];
  unitIds: string[];
  allEnterprises: boolean;
  enterpriseUsccs: string;
  rateLimit: number;
};
type Form = ReturnType<typeof useActionForm>;

function Checks({ legend, name, options, chosen, error }: { legend: string; name: string; options: Option[]; chosen: string[]; error?: string }) {
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name={name} value={o.value} defaultChecked={chosen.includes(o.value)} className="h-5 w-5" />
            {o.label}
          </label>
        ))}
      </div>
      <p id={`${name}-error`} aria-live="polite" className="mt-1 text-sm text-red-700 empty:hidden">
        {error}
      </p>
    </fieldset>
  );
}

function GrantFields({ form, types, units, grant }: { form: Form; types: Option[]; units: Option[]; grant: Grant }) {
  const t = useTranslations("api.keys");
  const { err, value } = form;
  // After a refused submit the text comes back; the checkboxes show the grant as it was.
  const back = form.state.values;
  return (
    <>
      <TextField name="name" label={t("name")} hint={t("nameHint")} error={err("name")} defaultValue={value("name", grant.name)} />
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="canWrite" defaultChecked={back ? back.canWrite === "on" : grant.canWrite} className="h-5 w-5" />
        {t("canWrite")}
      </label>
      <Checks legend={t("types")} name="types" options={types} chosen={grant.types} error={err("types")} />
      <Checks legend={t("units")} name="unitIds" options={units} chosen={grant.unitIds} error={err("unitIds")} />
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="allEnterprises" defaultChecked={back ? back.allEnterprises === "on" : grant.allEnterprises} className="h-5 w-5" />
        {t("allEnterprises")}
      </label>
      <TextAreaField
        name="enterpriseUsccs"
        label={t("enterprises")}
        hint={t("enterprisesHint")}
        error={err("enterpriseUsccs")}
        defaultValue={value("enterpriseUsccs", grant.enterpriseUsccs)}
        rows={3}
      />
      <TextField
        name="rateLimit"
        type="number"
        inputMode="numeric"
        label={t("rateLimit")}
        error={err("rateLimit")}
        defaultValue={value("rateLimit", String(grant.rateLimit))}
      />
    </>
  );
}

/** The key itself, once: it is not stored and cannot be shown again. */
function ShownOnce({ secret }: { secret?: string }) {
  const t = useTranslations("api.keys");
  if (!secret) return null;
  return (
    <div className="rounded border-2 border-amber-600 bg-amber-50 p-3" role="status">
      <p className="font-medium">{t("shownOnce")}</p>
      <label className="mt-2 block text-sm font-medium" htmlFor="new-key">
        {t("theKey")}
      </label>
      <input id="new-key" readOnly value={secret} className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm" />
    </div>
  );
}

export function CreateKeyForm({ types, units }: { types: Option[]; units: Option[] }) {
  const t = useTranslations("api.keys");
  const form = useActionForm("api", createApiKeyAction);
  const empty: Grant = { name: "", canWrite: false, types: [], unitIds: [], allEnterprises: false, enterpriseUsccs: "", rateLimit: 60 };
  const created = form.state.ok ? (form.state.result as { key: string } | undefined)?.key : undefined;
  return (
    <FormCard form={form} id="create-key" title={t("create")} hint={t("createHint")} submit={t("createSubmit")} after={<ShownOnce secret={created} />}>
      <GrantFields form={form} types={types} units={units} grant={empty} />
    </FormCard>
  );
}

export function EditKeyForm({ keyId, grant, types, units }: { keyId: string; grant: Grant; types: Option[]; units: Option[] }) {
  const t = useTranslations("api.keys");
  const form = useActionForm("api", updateApiKeyAction);
  return (
    <FormCard form={form} id="edit-key" title={t("edit")} submit={t("save")} hidden={{ keyId }}>
      <GrantFields form={form} types={types} units={units} grant={grant} />
    </FormCard>
  );
}

export function RotateKeyForm({ keyId }: { keyId: string }) {
  const t = useTranslations("api.keys");
  const form = useActionForm("api", rotateApiKeyAction);
  const key = form.state.ok ? (form.state.result as { key: string } | undefined)?.key : undefined;
  return (
    <FormCard
      form={form}
      id="rotate-key"
      title={t("rotate")}
      hint={t("rotateHint")}
      submit={t("rotateSubmit")}
      hidden={{ keyId }}
      after={<ShownOnce secret={key} />}
    />
  );
}

export function RevokeKeyForm({ keyId }: { keyId: string }) {
  const t = useTranslations("api.keys");
  const form = useActionForm("api", revokeApiKeyAction);
  return <FormCard form={form} id="revoke-key" title={t("revoke")} hint={t("revokeHint")} submit={t("revokeSubmit")} hidden={{ keyId }} />;
}

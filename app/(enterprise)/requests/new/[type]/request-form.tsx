"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextAreaField, TextField, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/submit-button";
import type { FieldSpec, TypeMessages } from "@/lib/request-types/type-def";
import { wordsOfType } from "@/lib/messages/type-words";
import { useActionForm } from "@/components/forms/use-action-form";
import { FilesField } from "@/components/forms/files-field";
import { submitRequestAction } from "./actions";

const INPUT: Partial<Record<FieldSpec["kind"], React.InputHTMLAttributes<HTMLInputElement>>> = {
  number: { type: "text", inputMode: "decimal" },
  date: { type: "date" },
  datetime: { type: "datetime-local" },
  tel: { type: "tel", inputMode: "tel", autoComplete: "off" },
  plate: { type: "text", autoCapitalize: "characters", autoComplete: "off" },
  text: { type: "text" },
};

type Option = { value: string; label: string };

/**
 * The one form every request type uses: its fields come from the type's field specs. Country names come
 * from the page (only for a type that asks for a country), so ~200 of them are not in every form's JavaScript.
 */
export function RequestForm({
  type,
  words,
  fields,
  idempotencyKey,
  countries,
}: {
  type: string;
  /** The type's own words in the page's language (its `messages[locale]`). */
  words: TypeMessages;
  fields: readonly FieldSpec[];
  idempotencyKey: string;
  countries: Option[];
}) {
  const form = useActionForm("enterprise", submitRequestAction);
  const t = useTranslations();
  const tw = wordsOfType(words, type);
  const choose = { value: "", label: t("enterprise.new.choose_option") };

  return (
    <form id={form.id} action={form.dispatch} noValidate className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <p className="text-sm text-slate-600">{t("enterprise.new.required")}</p>
      <div key={form.state.seq} className="grid gap-4 sm:grid-cols-2">
        {fields.map((f) => {
          const label = f.optional ? `${tw.field(f.name)}（${t("enterprise.new.optional")}）` : tw.field(f.name);
          const common = { name: f.name, id: `field-${f.name}`, label, hint: tw.help(f.name), error: form.err(f.name) };
          const value = form.value(f.name);
          switch (f.kind) {
            case "textarea":
              return (
                <div key={f.name} className="sm:col-span-2">
                  <TextAreaField {...common} defaultValue={value} maxLength={f.maxLength} rows={4} />
                </div>
              );
            case "select":
              return (
                <SelectField
                  key={f.name}
                  {...common}
                  defaultValue={value}
                  options={[choose, ...(f.options ?? []).map((o) => ({ value: o, label: tw.option(f.name, o) }))]}
                />
              );
            case "country":
              return <SelectField key={f.name} {...common} defaultValue={value} options={[choose, ...countries]} />;
            case "checkbox":
              return (
                <div key={f.name} className="flex items-start gap-2 sm:col-span-2">
                  <input type="checkbox" id={common.id} name={f.name} defaultChecked={value === "on"} className="mt-1 size-4" />
                  <label htmlFor={common.id}>{label}</label>
                </div>
              );
            default:
              return <TextField key={f.name} {...common} {...INPUT[f.kind]} defaultValue={value} maxLength={f.maxLength} />;
          }
        })}
      </div>
      <FilesField error={form.err("files")} />
      <FormMessage text={form.message} />
      <SubmitButton>{t("enterprise.new.submit")}</SubmitButton>
    </form>
  );
}

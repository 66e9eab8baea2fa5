"use client";

import { useId } from "react";
import { FormMessage, RadioField, SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { FilesField } from "@/components/forms/files-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/submit-button";
import { caseAction } from "../[reference]/actions";

export type FieldConfig = {
  name: string;
  label: string;
  kind: "textarea" | "select" | "text" | "radio" | "files" | "datetime";
  options?: { value: string; label: string }[];
  required?: boolean;
  defaultValue?: string;
  hint?: string;
};

/**
 * One action on the case (accept, ask, resolve, reply, …): posts the intent with the version the page
 * was drawn at, so a change by someone else in between is caught. Built from the form kit: errors next
 * to their field, values kept, focus on the first field in error.
 */
export function CaseForm(props: {
  reference: string;
  version: number;
  intent: string;
  submitLabel: string;
  fields?: FieldConfig[];
  hidden?: Record<string, string>;
  title?: string;
  danger?: boolean;
}) {
  const form = useActionForm("queue", caseAction);
  const id = useId();
  const field = (f: FieldConfig) => {
    const common = { name: f.name, id: `${id}-${f.name}`, label: f.label, hint: f.hint, error: form.err(f.name) };
    const value = form.value(f.name, f.defaultValue ?? "");
    switch (f.kind) {
      case "radio":
        return <RadioField {...common} options={f.options ?? []} defaultValue={value} />;
      case "select":
        return <SelectField {...common} options={f.options ?? []} defaultValue={value} />;
      case "files":
        return <FilesField id={common.id} label={f.label} error={common.error} />;
      case "textarea":
        return <TextAreaField {...common} required={f.required} defaultValue={value} />;
      case "text":
        return <TextField {...common} required={f.required} defaultValue={value} />;
      case "datetime":
        return <TextField {...common} type="datetime-local" required={f.required} defaultValue={value} />;
    }
  };
  return (
    <form id={form.id} action={form.dispatch} noValidate aria-label={props.title ?? props.submitLabel} className="space-y-3">
      <input type="hidden" name="intent" value={props.intent} />
      <input type="hidden" name="reference" value={props.reference} />
      <input type="hidden" name="version" value={props.version} />
      {Object.entries(props.hidden ?? {}).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <div key={form.state.seq} className="space-y-3">
        {(props.fields ?? []).map((f) => (
          <div key={f.name}>{field(f)}</div>
        ))}
      </div>
      <FormMessage text={form.state.errors ? undefined : form.message} />
      <SubmitButton
        className={
          props.danger ? "w-full rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60 sm:w-auto" : undefined
        }
      >
        {props.submitLabel}
      </SubmitButton>
    </form>
  );
}

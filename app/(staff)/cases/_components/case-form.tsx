"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/submit-button";
import { caseAction, type CaseFormState } from "../[reference]/actions";

export type FieldConfig = {
  name: string;
  label: string;
  kind: "textarea" | "select" | "text" | "radio" | "files";
  options?: { value: string; label: string }[];
  required?: boolean;
  defaultValue?: string;
  hint?: string;
};

/**
 * One action on the case (claim, ask, resolve, reply, …): posts the intent with the version the page
 * was drawn at, so a change by someone else in between is caught. Errors show next to their field,
 * values stay filled, and focus moves to the first field in error.
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
  const t = useTranslations();
  const [state, action] = useActionState<CaseFormState, FormData>(caseAction, {});
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [state]);
  const fields = props.fields ?? [];
  const value = (f: FieldConfig) => state.values?.[f.name] ?? f.defaultValue ?? "";
  return (
    <form ref={formRef} action={action} noValidate aria-label={props.title ?? props.submitLabel} className="space-y-3">
      <input type="hidden" name="intent" value={props.intent} />
      <input type="hidden" name="reference" value={props.reference} />
      <input type="hidden" name="version" value={props.version} />
      {Object.entries(props.hidden ?? {}).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      {fields.map((f) => {
        const errors = state.errors?.[f.name];
        const fid = `${id}-${f.name}`;
        const describedBy = [f.hint ? `${fid}-hint` : "", errors ? `${fid}-error` : ""].filter(Boolean).join(" ") || undefined;
        const common = {
          id: fid, name: f.name, required: f.required, "aria-invalid": errors ? true : undefined, "aria-describedby": describedBy,
          className: "mt-1 w-full rounded border border-slate-300 px-3 py-2",
        } as const;
        return (
          <div key={f.name + (state.values ? JSON.stringify(state.values) : "")}>
            {f.kind === "radio" ? (
              <fieldset aria-describedby={describedBy}>
                <legend className="text-sm font-medium">{f.label}</legend>
                <div className="mt-1 flex flex-wrap gap-4">
                  {f.options?.map((o) => (
                    <label key={o.value} className="inline-flex items-center gap-2 text-sm">
                      <input type="radio" name={f.name} value={o.value} defaultChecked={value(f) === o.value} />
                      {o.label}
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : (
              <>
                <label htmlFor={fid} className="block text-sm font-medium">
                  {f.label}
                </label>
                {f.kind === "textarea" && <textarea {...common} rows={3} defaultValue={value(f)} />}
                {f.kind === "text" && <input {...common} type="text" defaultValue={value(f)} />}
                {f.kind === "files" && <input {...common} type="file" multiple accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" />}
                {f.kind === "select" && (
                  <select {...common} defaultValue={value(f)}>
                    {f.options?.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                )}
              </>
            )}
            {f.hint && (
              <p id={`${fid}-hint`} className="mt-1 text-xs text-slate-600">
                {f.hint}
              </p>
            )}
            <div id={`${fid}-error`} aria-live="polite" className="text-sm text-red-700">
              {errors?.map((e) => <p key={e}>{t(e, { name: state.fileName ?? "" })}</p>)}
            </div>
          </div>
        );
      })}
      <div aria-live="polite" className="text-sm text-red-700">
        {state.message && !state.errors && <p>{t(state.message)}</p>}
      </div>
      <SubmitButton
        className={
          props.danger
            ? "w-full rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60 sm:w-auto"
            : undefined
        }
      >
        {props.submitLabel}
      </SubmitButton>
    </form>
  );
}

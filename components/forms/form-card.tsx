"use client";

import type { ReactNode } from "react";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "./field";
import type { useActionForm } from "./use-action-form";

type Props = {
  form: ReturnType<typeof useActionForm>;
  id: string;
  title: string;
  hint?: string;
  submit: string;
  /** Layout of the fields (they remount with the returned values after each answer). */
  fieldsClass?: string;
  submitClass?: string;
  after?: ReactNode;
  /** Hidden fields the action reads (the record's id, a link's token). */
  hidden?: Record<string, string>;
  children?: ReactNode;
};

/** One titled form of a page: its fields, the answer in a live region, and the submit button. */
export function FormCard({ form, id, title, hint, submit, fieldsClass = "space-y-3", submitClass, after, hidden, children }: Props) {
  return (
    <form id={form.id} action={form.dispatch} noValidate className="space-y-3 rounded-lg bg-white p-4 shadow-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children && (
        <div key={form.state.seq} className={fieldsClass}>
          {children}
        </div>
      )}
      <FormMessage text={form.message} ok={form.state.ok} />
      {after}
      <SubmitButton className={submitClass}>{submit}</SubmitButton>
    </form>
  );
}

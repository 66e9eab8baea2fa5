"use client";

import { useEffect } from "react";

const inputClass = "mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600";

type Common = { name: string; label: string; error?: string; hint?: string; id?: string };

function Described({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm text-red-700 empty:hidden">
        {error}
      </p>
    </>
  );
}

function describedBy(id: string, error?: string, hint?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function TextField({ name, label, error, hint, id = name, ...input }: Common & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={inputClass} {...input} />
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  error,
  hint,
  id = name,
  options,
  ...select
}: Common & { options: { value: string; label: string }[] } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={inputClass} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextAreaField({ name, label, error, hint, id = name, ...area }: Common & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={inputClass}
        rows={3}
        {...area}
      />
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export function RadioField({
  name,
  label,
  error,
  hint,
  id = name,
  options,
  defaultValue,
}: Common & { options: { value: string; label: string }[]; defaultValue?: string }) {
  return (
    <fieldset aria-describedby={describedBy(id, error, hint)}>
      <legend className="text-sm font-medium">{label}</legend>
      <div className="mt-1 flex flex-wrap gap-4">
        {options.map((o) => (
          <label key={o.value} className="inline-flex items-center gap-2 text-sm">
            <input type="radio" name={name} value={o.value} defaultChecked={defaultValue === o.value} aria-invalid={error ? true : undefined} />
            {o.label}
          </label>
        ))}
      </div>
      <Described id={id} error={error} hint={hint} />
    </fieldset>
  );
}

/** After a refused submission, the first field in error gets the focus (and the screen reader says why). */
export function useFocusFirstError(formId: string, seq: number | undefined) {
  useEffect(() => {
    if (!seq) return;
    document.getElementById(formId)?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [formId, seq]);
}

/** The form's own message: what went wrong as a whole, or that it worked. */
export function FormMessage({ text, ok }: { text?: string; ok?: boolean }) {
  return (
    <div aria-live="polite" className="min-h-5 text-sm">
      {text && <p className={ok ? "text-green-800" : "text-red-700"}>{text}</p>}
    </div>
  );
}

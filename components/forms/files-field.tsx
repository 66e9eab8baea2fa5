"use client";

import { useTranslations } from "next-intl";

/** Up to 5 PDF/JPG/PNG files; the server judges each by its content, this only helps the picker. */
export function FilesField({ error, id = "files", label }: { error?: string; id?: string; label?: string }) {
  const t = useTranslations("enterprise.new");
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label ?? t("files")}
      </label>
      <input
        id={id}
        name="files"
        type="file"
        multiple
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        className="mt-1 block w-full text-sm file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-2"
      />
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        {t("filesHint")}
      </p>
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm text-red-700 empty:hidden">
        {error}
      </p>
    </div>
  );
}

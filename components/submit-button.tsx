"use client";

import { useFormStatus } from "react-dom";

/** Disabled while its form is submitting, so a double click sends one request. */
export function SubmitButton({ children, className, name, value }: { children: React.ReactNode; className?: string; name?: string; value?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={className ?? "w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60 sm:w-auto"}
    >
      {children}
    </button>
  );
}

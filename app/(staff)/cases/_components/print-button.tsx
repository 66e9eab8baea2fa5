"use client";

/** Opens the browser's print dialog; never printed itself. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 print:hidden">
      {label}
    </button>
  );
}

const TONES: Record<string, string> = {
  SUBMITTED: "bg-sky-100 text-sky-900",
  ACCEPTED: "bg-indigo-100 text-indigo-900",
  IN_PROGRESS: "bg-blue-100 text-blue-900",
  NEEDS_INFO: "bg-amber-100 text-amber-900",
  RESOLVED: "bg-emerald-100 text-emerald-900",
  CLOSED: "bg-slate-200 text-slate-800",
  REJECTED: "bg-red-100 text-red-900",
  WITHDRAWN: "bg-slate-100 text-slate-700",
};

/** A request's status in words, coloured so "waiting for you" (NEEDS_INFO) stands out in a list. */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${TONES[status] ?? "bg-slate-100"}`}>{label}</span>;
}

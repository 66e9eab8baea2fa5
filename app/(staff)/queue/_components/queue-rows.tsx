"use client";

import Link from "next/link";
import { DueBadge, type DueView } from "../../cases/_components/due-badge";

const PRIORITY_TONE: Record<string, string> = {
  URGENT: "bg-red-100 text-red-900",
  HIGH: "bg-amber-100 text-amber-900",
  NORMAL: "bg-slate-100",
  LOW: "bg-slate-50 text-slate-600",
};

/** One case as the queue shows it: words already in the reader's language, nothing more than the row shows. */
export type ShownRow = {
  reference: string;
  type: string;
  status: string;
  priority: string;
  priorityLabel: string;
  escalated: boolean;
  coHandling: boolean;
  enterprise: string;
  unverified: boolean;
  township: string;
  /** The unit's name, for the admin's city-wide view only. */
  unit?: string;
  assignee: string;
  summary: string;
  due: DueView;
  /** The checkbox's label, when a lead may select the row. */
  select?: string;
};

/** The words every row repeats, sent once. */
export type RowWords = { label: string; escalated: string; coHandling: string; unverified: string; due: string };

// A client component only so that the rows travel once as data (its props) and not a second time as a
// tree of elements in the page's RSC payload: the markup is the same as a server component's would be.
/** The cases, one card per row (readable at 390 px); leads get a checkbox per case for bulk actions. */
export function QueueRows({ rows, words }: { rows: ShownRow[]; words: RowWords }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm" aria-label={words.label}>
      {rows.map((r) => (
        <li key={r.reference} className="q-row">
          {r.select && <input type="checkbox" name="references" value={r.reference} aria-label={r.select} className="mt-1.5 h-4 w-4 shrink-0" />}
          <div className="q-body">
            <div className="q-line">
              <Link href={`/cases/${r.reference}`} className="q-ref">
                {r.reference}
              </Link>
              <span>{r.type}</span>
              <span className="q-chip bg-slate-100">{r.status}</span>
              <span className={`q-chip ${PRIORITY_TONE[r.priority]}`}>{r.priorityLabel}</span>
              {r.escalated && <span className="q-chip bg-red-600 text-white">{words.escalated}</span>}
              {r.coHandling && <span className="q-chip bg-sky-100 text-sky-900">{words.coHandling}</span>}
            </div>
            <div className="q-meta">
              <span className="break-words">{r.enterprise}</span>
              {r.unverified && <span className="text-amber-800">{words.unverified}</span>}
              <span className="text-slate-500">{r.township}</span>
              {r.unit && <span className="text-slate-500">{r.unit}</span>}
              <span>{r.assignee}</span>
            </div>
            {r.summary && <p className="break-words text-sm font-medium text-slate-900">{r.summary}</p>}
            <p className="q-due">
              <span className="text-slate-600">{words.due}</span>
              <DueBadge due={r.due} />
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}

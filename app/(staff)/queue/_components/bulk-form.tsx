"use client";

import { useMessages, useTranslations } from "next-intl";
import { isMessageKey } from "@/lib/i18n/keys";
import { useActionForm } from "@/components/forms/use-action-form";
import { bulkAction } from "../actions";

const PRIORITIES = ["URGENT", "HIGH", "NORMAL", "LOW"] as const;

/** Wraps the queue list so a lead can tick cases and act on all of them at once. */
export function BulkForm({ assignees, children }: { assignees: { id: string; name: string }[]; children: React.ReactNode }) {
  const t = useTranslations();
  const messages = useMessages();
  const form = useActionForm("queue", bulkAction);
  const { state } = form;
  const outcome = state.ok ? state.result : undefined;
  const err = (name: string) => {
    const text = form.err(name);
    return text && <p>{text}</p>;
  };
  const select = (name: string, label: string, options: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`bulk-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={`bulk-${name}`}
        name={name}
        className="mt-1 rounded border border-slate-300 px-2 py-1.5"
        aria-invalid={state.errors?.[name] ? true : undefined}
      >
        <option value="">{t("queue.actions.choose")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form id={form.id} action={form.dispatch} aria-label={t("queue.bulk.label")}>
      <fieldset className="mb-3 flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 shadow-sm" disabled={form.pending}>
        <legend className="sr-only">{t("queue.bulk.label")}</legend>
        {assignees.length > 0 && (
          <div className="flex flex-wrap items-end gap-2">
            {select(
              "assigneeId",
              t("queue.bulk.assignee"),
              assignees.map((a) => ({ value: a.id, label: a.name })),
            )}
            <button type="submit" name="op" value="assign" className="rounded bg-brand-700 px-3 py-1.5 text-white hover:bg-brand-800">
              {t("queue.bulk.assign")}
            </button>
          </div>
        )}
        <div className="flex flex-wrap items-end gap-2">
          {select(
            "priority",
            t("queue.bulk.priority"),
            PRIORITIES.map((p) => ({ value: p, label: t(`common.priority.${p}`) })),
          )}
          <button type="submit" name="op" value="priority" className="rounded border border-brand-700 px-3 py-1.5 text-brand-800 hover:bg-brand-50">
            {t("queue.bulk.setPriority")}
          </button>
        </div>
        <div aria-live="polite" className="w-full text-sm">
          <div className="text-red-700">
            {err("references")}
            {err("assigneeId")}
            {err("priority")}
          </div>
          {outcome && (
            <p className="text-green-800">
              {t("queue.bulk.result", { done: outcome.done.length, skipped: outcome.skipped.length })}
              {outcome.skipped.length > 0 &&
                ` ${outcome.skipped.map((s) => `${s.reference} (${isMessageKey(messages, s.reason, "queue.bulk.reasons") ? t(`queue.bulk.reasons.${s.reason}`) : s.reason})`).join(", ")}`}
            </p>
          )}
        </div>
      </fieldset>
      {children}
    </form>
  );
}

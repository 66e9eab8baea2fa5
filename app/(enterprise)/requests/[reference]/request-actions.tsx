"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, TextAreaField } from "@/components/forms/field";
import { SubmitButton } from "@/components/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { FilesField } from "@/components/forms/files-field";
import { requestAction } from "./actions";

type Target = { reference: string; version: number };
type Intent = "answer" | "withdraw" | "confirm" | "reopen" | "reply" | "files";

/** One action of the request page as its own small form; refusals show beside its fields. */
function ActionForm({
  target,
  intent,
  children,
  danger,
}: {
  target: Target;
  intent: Intent;
  children: (f: ReturnType<typeof useActionForm>) => ReactNode;
  danger?: boolean;
}) {
  const form = useActionForm("enterprise", requestAction);
  const t = useTranslations(`enterprise.request.${intent === "files" ? "addFiles" : intent}`);
  return (
    <form id={form.id} action={form.dispatch} noValidate aria-labelledby={`${intent}-title`} className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
      {/* h2: these forms sit beside the page's other sections (h2), right under the h1. */}
      <h2 id={`${intent}-title`} className="font-semibold">
        {t("title")}
      </h2>
      {t.has("hint") && <p className="text-sm text-slate-600">{t("hint")}</p>}
      <input type="hidden" name="reference" value={target.reference} />
      <input type="hidden" name="version" value={target.version} />
      <input type="hidden" name="intent" value={intent} />
      <div key={form.state.seq} className="space-y-3">
        {children(form)}
      </div>
      <FormMessage text={form.message} />
      <SubmitButton className={danger ? "rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60" : undefined}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

export function AnswerForm({ target, question }: { target: Target; question: string | null }) {
  const t = useTranslations("enterprise.request");
  return (
    <ActionForm target={target} intent="answer">
      {(f) => (
        <>
          {question && (
            <blockquote className="rounded border-l-4 border-amber-400 bg-amber-50 p-3">
              <p className="text-sm font-medium">{t("question")}</p>
              <p className="mt-1 whitespace-pre-wrap">{question}</p>
            </blockquote>
          )}
          <TextAreaField
            name="answer"
            id="answer"
            label={t("answer.label")}
            error={f.err("answer")}
            defaultValue={f.value("answer")}
            rows={4}
            maxLength={2000}
          />
          <FilesField id="answer-files" error={f.err("files")} />
        </>
      )}
    </ActionForm>
  );
}

export function ReplyForm({ target }: { target: Target }) {
  const t = useTranslations("enterprise.request.reply");
  return (
    <ActionForm target={target} intent="reply">
      {(f) => (
        <>
          <TextAreaField name="body" id="reply-body" label={t("label")} error={f.err("body")} defaultValue={f.value("body")} rows={3} maxLength={2000} />
          <FilesField id="reply-files" error={f.err("files")} />
        </>
      )}
    </ActionForm>
  );
}

export function AddFilesForm({ target }: { target: Target }) {
  return (
    <ActionForm target={target} intent="files">
      {(f) => <FilesField id="more-files" error={f.err("files")} />}
    </ActionForm>
  );
}

export function WithdrawForm({ target }: { target: Target }) {
  const t = useTranslations("enterprise.request.withdraw");
  return (
    <ActionForm target={target} intent="withdraw" danger>
      {(f) => (
        <TextAreaField
          name="reason"
          id="withdraw-reason"
          label={t("label")}
          error={f.err("reason")}
          defaultValue={f.value("reason")}
          rows={2}
          maxLength={2000}
        />
      )}
    </ActionForm>
  );
}

export function ReopenForm({ target }: { target: Target }) {
  const t = useTranslations("enterprise.request.reopen");
  return (
    <ActionForm target={target} intent="reopen">
      {(f) => (
        <TextAreaField name="reason" id="reopen-reason" label={t("label")} error={f.err("reason")} defaultValue={f.value("reason")} rows={2} maxLength={2000} />
      )}
    </ActionForm>
  );
}

export function ConfirmForm({ target }: { target: Target }) {
  const t = useTranslations("enterprise.request.confirm");
  return (
    <ActionForm target={target} intent="confirm">
      {(f) => (
        <>
          <fieldset aria-describedby={f.err("score") ? "score-error" : undefined}>
            <legend className="text-sm font-medium">{t("score")}</legend>
            <div className="mt-1 flex flex-wrap gap-2">
              {([1, 2, 3, 4, 5] as const).map((s) => (
                <label
                  key={s}
                  className="flex items-center gap-1 rounded border border-slate-300 px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
                >
                  <input type="radio" name="score" value={s} defaultChecked={f.value("score") === String(s)} aria-invalid={f.err("score") ? true : undefined} />
                  <span>{t("scoreOption", { score: s })}</span>
                  <span className="sr-only sm:not-sr-only sm:text-sm sm:text-slate-600">{t(`scoreLabels.${s}`)}</span>
                </label>
              ))}
            </div>
            <p id="score-error" aria-live="polite" className="mt-1 text-sm text-red-700 empty:hidden">
              {f.err("score")}
            </p>
          </fieldset>
          <TextAreaField
            name="comment"
            id="confirm-comment"
            label={t("comment")}
            error={f.err("comment")}
            defaultValue={f.value("comment")}
            rows={2}
            maxLength={2000}
          />
        </>
      )}
    </ActionForm>
  );
}

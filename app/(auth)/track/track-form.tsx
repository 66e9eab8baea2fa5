"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { TextField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/submit-button";
import { SHANGHAI_TZ } from "@/lib/time/shanghai";
import { sendCodeAction, trackAction } from "./actions";

export function TrackForm({ codes, typeLabels }: { codes: boolean; typeLabels: Record<string, string> }) {
  const t = useTranslations("auth.track");
  const tc = useTranslations("common");
  const format = useFormatter();
  const locale = useLocale();
  const form = useActionForm("auth", trackAction);
  const view = form.state.result?.view;
  const wait = form.state.result?.retryAfterSeconds ?? 0;
  const refusal = !view && form.state.message ? (wait > 0 ? t("wait", { seconds: wait }) : form.message) : undefined;
  return (
    <>
      <form id={form.id} action={form.dispatch} className="mt-6 space-y-4 rounded-lg bg-white p-6 shadow-sm" noValidate>
        <div key={form.state.seq} className="space-y-4">
          <TextField
            name="reference"
            label={t("reference")}
            hint={t("referenceHint")}
            required
            autoComplete="off"
            autoCapitalize="characters"
            defaultValue={form.value("reference")}
            error={form.err("reference")}
            maxLength={40}
          />
          <TextField
            name="digits"
            label={t(codes ? "digitsOrCode" : "digits")}
            hint={t(codes ? "digitsOrCodeHint" : "digitsHint")}
            required
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern={codes ? "[0-9]{4}([0-9]{2})?" : "[0-9]{4}"}
            maxLength={codes ? 6 : 4}
            error={form.err("digits")}
          />
        </div>
        <SubmitButton>{t("submit")}</SubmitButton>
      </form>
      <div aria-live="polite" className="mt-6">
        {refusal && (
          <p role="status" className="rounded-lg bg-amber-50 p-4 text-amber-900">
            {refusal}
          </p>
        )}
        {view && (
          <section aria-labelledby="track-result" className="rounded-lg bg-white p-6 shadow-sm">
            <h2 id="track-result" className="text-lg font-semibold">
              {t("resultTitle", { reference: view.reference })}
            </h2>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
              <dt className="font-medium">{t("type")}</dt>
              <dd>{Object.hasOwn(typeLabels, view.type) ? typeLabels[view.type] : view.type}</dd>
              <dt className="font-medium">{t("status")}</dt>
              <dd>{tc(`status.${view.status}`)}</dd>
              <dt className="font-medium">{t("unit")}</dt>
              <dd>{locale === "en" ? view.unitEn : view.unitZh}</dd>
              <dt className="font-medium">{t("next")}</dt>
              <dd>{t(`steps.${view.step}`)}</dd>
              <dt className="font-medium">{t("due")}</dt>
              <dd>
                {view.dueAt ? (
                  <time dateTime={view.dueAt}>{format.dateTime(new Date(view.dueAt), { dateStyle: "medium", timeStyle: "short", timeZone: SHANGHAI_TZ })}</time>
                ) : (
                  t("noDue")
                )}
              </dd>
            </dl>
          </section>
        )}
      </div>
    </>
  );
}

/** Shown only when an SMS provider is configured: a one-time code to the company's contact mobile. */
export function SendCodeForm() {
  const t = useTranslations("auth.track");
  const form = useActionForm("auth", sendCodeAction);
  const wait = form.state.result?.retryAfterSeconds ?? 0;
  const said = form.state.message ? (wait > 0 ? t("wait", { seconds: wait }) : form.message) : undefined;
  return (
    <form id={form.id} action={form.dispatch} className="mt-6 space-y-4 rounded-lg bg-white p-6 shadow-sm" noValidate aria-labelledby="send-code-title">
      <h2 id="send-code-title" className="font-semibold">
        {t("codeTitle")}
      </h2>
      <p className="text-sm text-slate-600">{t("codeIntro")}</p>
      <div key={form.state.seq}>
        <TextField
          name="reference"
          id="code-reference"
          label={t("reference")}
          required
          autoComplete="off"
          maxLength={40}
          defaultValue={form.value("reference")}
          error={form.err("reference")}
        />
      </div>
      <SubmitButton>{t("sendCode")}</SubmitButton>
      <div aria-live="polite">
        {said && (
          <p role="status" className="text-sm">
            {said}
          </p>
        )}
      </div>
    </form>
  );
}

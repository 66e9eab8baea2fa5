import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SHANGHAI_TZ } from "@/lib/time/shanghai";
import type { Principal } from "@/lib/auth/types";
import type { CaseDetail } from "@/lib/cases/detail";
import { PAUSE_REASONS } from "@/lib/cases/clock";
import { ANSWER_CHANNELS } from "@/lib/cases/perform";
import { PRIORITIES } from "@/lib/cases/queue-filters";
import { WITHDRAWAL_OUTCOMES } from "@/lib/cases/withdrawal-review";
import { toLocalInputValue } from "@/lib/time/shanghai";
import { CaseForm } from "./case-form";
import { localName } from "@/lib/i18n/names";

/** The workflow actions this person may take now; the server checks each again when it is posted. */
export async function ActionPanel({ detail, principal, now }: { detail: CaseDetail; principal: Principal; now: Date }) {
  const [t, tc, locale, format] = await Promise.all([getTranslations("queue.actions"), getTranslations("common"), getLocale(), getFormatter()]);
  const { request, can } = detail;
  const common = { reference: request.reference, version: request.version };
  const forms: React.ReactNode[] = [];
  const box = (key: string, node: React.ReactNode) => (
    <div key={key} className="border-t border-slate-200 pt-3 first:border-0 first:pt-0">
      {node}
    </div>
  );
  const has = (a: string) => can.actions.includes(a as never);

  if (has("accept")) forms.push(box("accept", <CaseForm {...common} intent="accept" submitLabel={t("accept")} />));
  if (has("start")) forms.push(box("start", <CaseForm {...common} intent="start" submitLabel={t("start")} />));
  if (can.assignOthers && has("assign") && detail.officers.length) {
    forms.push(
      box(
        "assign",
        <CaseForm
          {...common}
          intent="assign"
          submitLabel={t("assign")}
          fields={[
            {
              name: "assigneeId",
              label: t("assignee"),
              kind: "select",
              defaultValue: request.assigneeId ?? "",
              options: [{ value: "", label: t("choose") }, ...detail.officers.map((o) => ({ value: o.id, label: o.name }))],
            },
          ]}
        />,
      ),
    );
  } else if (can.assignSelf && !has("accept")) {
    forms.push(box("assign", <CaseForm {...common} intent="assign" hidden={{ assigneeId: principal.id }} submitLabel={t("takeOver")} />));
  }
  if (has("ask")) {
    forms.push(
      box(
        "ask",
        <CaseForm
          {...common}
          intent="ask"
          submitLabel={t("ask")}
          fields={[
            { name: "question", label: t("question"), kind: "textarea", required: true, hint: t("questionHint") },
            {
              name: "reason",
              label: t("pauseReason"),
              kind: "select",
              defaultValue: "QUESTION",
              options: PAUSE_REASONS.map((r) => ({ value: r, label: t(`reasons.${r}`) })),
            },
          ]}
        />,
      ),
    );
  }
  // 助企不扰企: an answer given by phone or in person ends the pause like one written online.
  if (has("recordAnswer")) {
    forms.push(
      box(
        "recordAnswer",
        <CaseForm
          {...common}
          intent="recordAnswer"
          submitLabel={t("recordAnswer")}
          fields={[
            { name: "contactName", label: t("answerFrom"), kind: "text", required: true },
            {
              name: "channel",
              label: t("answerChannel"),
              kind: "radio",
              defaultValue: "PHONE",
              options: ANSWER_CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) })),
            },
            { name: "answeredAt", label: t("answeredAt"), kind: "datetime", required: true, defaultValue: toLocalInputValue(now) },
            { name: "answer", label: t("answerText"), kind: "textarea", required: true, hint: t("answerHint") },
          ]}
        />,
      ),
    );
  }
  if (has("retractQuestion")) {
    forms.push(
      box(
        "retractQuestion",
        <CaseForm
          {...common}
          intent="retractQuestion"
          submitLabel={t("retractQuestion")}
          fields={[{ name: "note", label: t("retractNote"), kind: "textarea", hint: t("retractHint") }]}
        />,
      ),
    );
  }
  if (can.reviewWithdrawal) {
    forms.push(
      box(
        "reviewWithdrawal",
        <CaseForm
          {...common}
          intent="reviewWithdrawal"
          title={t("reviewWithdrawal")}
          submitLabel={t("reviewSubmit")}
          fields={[
            { name: "outcome", label: t("reviewOutcome"), kind: "radio", options: WITHDRAWAL_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) })) },
            { name: "note", label: t("reviewNote"), kind: "textarea", hint: t("reviewHint") },
          ]}
        />,
      ),
    );
  }
  if (has("resolve"))
    forms.push(
      box(
        "resolve",
        <CaseForm
          {...common}
          intent="resolve"
          submitLabel={t("resolve")}
          fields={[{ name: "note", label: t("resolutionNote"), kind: "textarea", required: true, hint: t("resolutionHint") }]}
        />,
      ),
    );
  if (has("reject"))
    forms.push(
      box(
        "reject",
        <CaseForm
          {...common}
          intent="reject"
          danger
          submitLabel={t("reject")}
          fields={[{ name: "reason", label: t("rejectReason"), kind: "textarea", required: true }]}
        />,
      ),
    );
  if (can.setPriority) {
    forms.push(
      box(
        "priority",
        <CaseForm
          {...common}
          intent="priority"
          submitLabel={t("setPriority")}
          fields={[
            {
              name: "priority",
              label: t("priority"),
              kind: "select",
              defaultValue: request.priority,
              options: PRIORITIES.map((p) => ({ value: p, label: tc(`priority.${p}`) })),
            },
          ]}
        />,
      ),
    );
  }
  if (can.addCoHandling && detail.units.length) {
    forms.push(
      box(
        "cohandle",
        <CaseForm
          {...common}
          intent="cohandle"
          submitLabel={t("addCoHandling")}
          fields={[
            {
              name: "unitId",
              label: t("coHandlingUnit"),
              kind: "select",
              options: [{ value: "", label: t("choose") }, ...detail.units.map((u) => ({ value: u.id, label: localName(u, locale) }))],
            },
          ]}
        />,
      ),
    );
  }
  if (can.markCoHandlingDone) {
    forms.push(
      box(
        "cohandleDone",
        <CaseForm {...common} intent="cohandleDone" submitLabel={t("markDone")} fields={[{ name: "note", label: t("doneNote"), kind: "textarea" }]} />,
      ),
    );
  }
  const wr = detail.withdrawalReview;
  return (
    <section aria-labelledby="actions-heading" className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id="actions-heading" className="mb-3 text-lg font-semibold">
        {t("title")}
      </h2>
      {wr && (
        <p className="mb-3 rounded bg-slate-50 px-3 py-2 text-sm" data-testid="withdrawal-review">
          {wr.review
            ? t("reviewed", {
                outcome: t(`outcomes.${wr.review.outcome}`),
                name: wr.review.reviewedBy.name,
                when: format.dateTime(wr.review.reviewedAt, { dateStyle: "medium", timeStyle: "short", timeZone: SHANGHAI_TZ }),
              })
            : t("reviewPending", { reason: wr.reason ?? "" })}
        </p>
      )}
      {forms.length ? (
        <div className="space-y-3">{forms}</div>
      ) : (
        <p className="text-sm text-slate-600">{detail.coHandling ? t("coHandlingOnly") : t("none")}</p>
      )}
    </section>
  );
}

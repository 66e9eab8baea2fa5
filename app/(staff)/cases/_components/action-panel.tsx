import { getLocale, getTranslations } from "next-intl/server";
import type { Principal } from "@/lib/auth/types";
import type { CaseDetail } from "@/lib/cases/detail";
import { PAUSE_REASONS } from "@/lib/cases/clock";
import { PRIORITIES } from "@/lib/cases/queue-filters";
import { CaseForm } from "./case-form";
import { localName } from "@/lib/i18n/names";

/** The workflow actions this person may take now; the server checks each again when it is posted. */
export async function ActionPanel({ detail, principal }: { detail: CaseDetail; principal: Principal }) {
  const [t, tc, locale] = await Promise.all([getTranslations("queue.actions"), getTranslations("common"), getLocale()]);
  const { request, can } = detail;
  const common = { reference: request.reference, version: request.version };
  const forms: React.ReactNode[] = [];
  const box = (key: string, node: React.ReactNode) => (
    <div key={key} className="border-t border-slate-200 pt-3 first:border-0 first:pt-0">
      {node}
    </div>
  );
  const has = (a: string) => can.actions.includes(a as never);

  if (has("accept")) forms.push(box("accept", <CaseForm {...common} intent="accept" submitLabel={request.assigneeId && request.assigneeId !== principal.id ? t("accept") : t("claim")} />));
  if (has("start")) forms.push(box("start", <CaseForm {...common} intent="start" submitLabel={t("start")} />));
  if (can.assignOthers && has("assign") && detail.officers.length) {
    forms.push(
      box("assign", (
        <CaseForm
          {...common}
          intent="assign"
          submitLabel={t("assign")}
          fields={[{ name: "assigneeId", label: t("assignee"), kind: "select", defaultValue: request.assigneeId ?? "", options: [{ value: "", label: t("choose") }, ...detail.officers.map((o) => ({ value: o.id, label: o.name }))] }]}
        />
      )),
    );
  } else if (can.assignSelf && !has("accept")) {
    forms.push(box("assign", <CaseForm {...common} intent="assign" hidden={{ assigneeId: principal.id }} submitLabel={t("takeOver")} />));
  }
  if (has("ask")) {
    forms.push(
      box("ask", (
        <CaseForm
          {...common}
          intent="ask"
          submitLabel={t("ask")}
          fields={[
            { name: "question", label: t("question"), kind: "textarea", required: true, hint: t("questionHint") },
            { name: "reason", label: t("pauseReason"), kind: "select", defaultValue: "QUESTION", options: PAUSE_REASONS.map((r) => ({ value: r, label: t(`reasons.${r}`) })) },
          ]}
        />
      )),
    );
  }
  if (has("resolve")) forms.push(box("resolve", <CaseForm {...common} intent="resolve" submitLabel={t("resolve")} fields={[{ name: "note", label: t("resolutionNote"), kind: "textarea", required: true, hint: t("resolutionHint") }]} />));
  if (has("reject")) forms.push(box("reject", <CaseForm {...common} intent="reject" danger submitLabel={t("reject")} fields={[{ name: "reason", label: t("rejectReason"), kind: "textarea", required: true }]} />));
  if (can.setPriority) {
    forms.push(
      box("priority", (
        <CaseForm
          {...common}
          intent="priority"
          submitLabel={t("setPriority")}
          fields={[{ name: "priority", label: t("priority"), kind: "select", defaultValue: request.priority, options: PRIORITIES.map((p) => ({ value: p, label: tc(`priority.${p}`) })) }]}
        />
      )),
    );
  }
  if (can.addCoHandling && detail.units.length) {
    forms.push(
      box("cohandle", (
        <CaseForm
          {...common}
          intent="cohandle"
          submitLabel={t("addCoHandling")}
          fields={[{ name: "unitId", label: t("coHandlingUnit"), kind: "select", options: [{ value: "", label: t("choose") }, ...detail.units.map((u) => ({ value: u.id, label: localName(u, locale) }))] }]}
        />
      )),
    );
  }
  if (can.markCoHandlingDone) {
    forms.push(box("cohandleDone", <CaseForm {...common} intent="cohandleDone" submitLabel={t("markDone")} fields={[{ name: "note", label: t("doneNote"), kind: "textarea" }]} />));
  }
  return (
    <section aria-labelledby="actions-heading" className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id="actions-heading" className="mb-3 text-lg font-semibold">{t("title")}</h2>
      {forms.length ? <div className="space-y-3">{forms}</div> : <p className="text-sm text-slate-600">{detail.coHandling ? t("coHandlingOnly") : t("none")}</p>}
    </section>
  );
}

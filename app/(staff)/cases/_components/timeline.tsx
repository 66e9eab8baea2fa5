import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { isMessageKey } from "@/lib/i18n/keys";
import { SHANGHAI_TZ } from "@/lib/time/shanghai";
import type { CaseDetail } from "@/lib/cases/detail";
import type { EventOf } from "@/lib/workflow/events";

type Event = CaseDetail["events"][number];

/** The case's append-only history: status changes, replies, internal notes, assignments, co-handling, reveals. */
export async function Timeline({ events, unitNames, people }: { events: Event[]; unitNames: Map<string, string>; people: Record<string, string> }) {
  const [t, tc, ta, format, messages] = await Promise.all([
    getTranslations("queue.timeline"),
    getTranslations("common"),
    getTranslations("queue.actions"),
    getFormatter(),
    getMessages(),
  ]);
  const when = (iso: unknown) =>
    typeof iso === "string" ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: SHANGHAI_TZ }) : "";
  if (events.length === 0) return <p className="text-slate-600">{tc("empty")}</p>;
  return (
    <ol className="space-y-3">
      {events.map((e) => {
        const internal = e.visibility === "INTERNAL";
        return (
          <li key={String(e.id)} className={`rounded border-l-4 bg-white p-3 shadow-sm ${internal ? "border-amber-400" : "border-brand-700"}`}>
            <div className="flex flex-wrap items-baseline gap-x-2 text-sm text-slate-600">
              <span className="font-medium text-slate-900">{e.actor?.name ?? t("system")}</span>
              <span>
                {describe(e, t, tc, unitNames, people, {
                  when,
                  outcome: (o) => ta(`outcomes.${o}`),
                  // A payload this version cannot read: the kind's words if it has some, else its raw name.
                  unknown: (kind) => (isMessageKey(messages, kind, "queue.timeline.kinds") ? t(`kinds.${kind}`) : kind),
                })}
              </span>
              {internal && <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t("internal")}</span>}
              <time dateTime={e.createdAt.toISOString()} className="ml-auto text-xs">
                {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" })}
              </time>
            </div>
            {e.text && <p className="mt-1 whitespace-pre-wrap break-words">{e.text}</p>}
          </li>
        );
      })}
    </ol>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"queue.timeline">>>;
type TC = Awaited<ReturnType<typeof getTranslations<"common">>>;

type Say = {
  when: (iso: unknown) => string;
  outcome: (o: EventOf<"WITHDRAWAL_REVIEWED">["data"]["outcome"]) => string;
  unknown: (kind: string) => string;
};

function describe(e: Event, t: T, tc: TC, unitNames: Map<string, string>, people: Record<string, string>, say: Say): string {
  switch (e.kind) {
    case "STATUS":
      return t("status", {
        action: e.data?.action ?? "other",
        to: e.toStatus ? tc(`status.${e.toStatus}`) : "",
        channel: e.data?.channel ?? "other",
        contactName: e.data?.contactName ?? "",
        answeredAt: say.when(e.data?.answeredAt),
      });
    case "WITHDRAWAL_REVIEWED":
      return t("kinds.WITHDRAWAL_REVIEWED", { outcome: say.outcome(e.data.outcome) });
    case "ASSIGNED":
      return t("kinds.ASSIGNED", { name: people[e.data.assigneeId] ?? "" });
    case "CREATED":
    case "REPLY":
    case "NOTE":
    case "REVEAL":
    case "ERASED":
    case "REMINDER":
    case "ESCALATED":
    case "FIRST_RESPONSE_REMINDER":
    case "FIRST_RESPONSE_ESCALATED":
    case "ATTACHMENT":
    case "MOVED":
      return t(`kinds.${e.kind}`);
    case "PRIORITY":
      return t("kinds.PRIORITY", { to: tc(`priority.${e.data.to}`) });
    case "RATED":
      return t("kinds.RATED", { score: String(e.data.score) });
    case "COHANDLING_ADDED":
    case "COHANDLING_DONE":
      return t(`kinds.${e.kind}`, { unit: (e.data.unitId && unitNames.get(e.data.unitId)) ?? "" });
    case "UNKNOWN":
      return say.unknown(e.rawKind);
  }
}

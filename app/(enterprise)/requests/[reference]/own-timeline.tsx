import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { isMessageKey } from "@/lib/i18n/keys";
import { SHANGHAI_TZ } from "@/lib/time/shanghai";
import type { OwnRequest } from "@/lib/requests/own-request";

/** The request's public history as the enterprise reads it: who did what, and what they wrote. */
export async function OwnTimeline({ events, attachments }: { events: OwnRequest["events"]; attachments: OwnRequest["attachments"] }) {
  const [t, tc, format, messages] = await Promise.all([getTranslations("enterprise.timeline"), getTranslations("common"), getFormatter(), getMessages()]);
  const fileNames = new Map(attachments.map((a) => [a.id, a.originalName]));
  return (
    <ol className="space-y-3">
      {events.map((e) => {
        const what =
          e.kind === "STATUS"
            ? t("status", {
                action: e.data?.action ?? "other",
                to: e.toStatus ? tc(`status.${e.toStatus}`) : "",
                // An answer the officer recorded from a call: who gave it and when.
                channel: e.data?.channel ?? "other",
                contactName: e.data?.contactName ?? "",
                answeredAt: e.data?.answeredAt
                  ? format.dateTime(new Date(e.data.answeredAt), { dateStyle: "medium", timeStyle: "short", timeZone: SHANGHAI_TZ })
                  : "",
              })
            : e.kind === "RATED"
              ? t("RATED", { score: String(e.data.score) })
              : e.kind === "CREATED" || e.kind === "REPLY" || e.kind === "ATTACHMENT" || e.kind === "MOVED"
                ? t(e.kind)
                : // Only public kinds are read here; a payload this version cannot read shows by its kind's words, else its raw name.
                  e.kind === "UNKNOWN"
                  ? isMessageKey(messages, e.rawKind, "enterprise.timeline")
                    ? t(e.rawKind)
                    : e.rawKind
                  : e.kind;
        const files = e.kind === "ATTACHMENT" ? e.data.attachmentIds.filter((id) => fileNames.has(id)) : [];
        return (
          <li key={String(e.id)} className="rounded border-l-4 border-brand-700 bg-white p-3 shadow-sm">
            <div className="flex flex-wrap items-baseline gap-x-2 text-sm text-slate-600">
              <span className="font-medium text-slate-900">{e.actor?.name ?? t("system")}</span>
              <span>{what}</span>
              <time dateTime={e.createdAt.toISOString()} className="ml-auto text-xs">
                {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </div>
            {e.kind === "ATTACHMENT" ? (
              <ul className="mt-1 text-sm">
                {files.map((id) => (
                  <li key={id}>
                    <a href={`/files/${id}`} className="break-all text-brand-700 underline">
                      {fileNames.get(id)}
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              e.text && <p className="mt-1 whitespace-pre-wrap break-words">{e.text}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

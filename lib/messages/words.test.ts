import { describe, expect, it } from "vitest";
import { catalog, flattenKeys } from "./catalog";
import type { Locale } from "@/lib/i18n/locales";

// DOMAIN.md "Words (one word for one thing, on every screen)", copied by hand: the catalogs must follow it.
const WORDS: Record<string, Record<Locale, string>> = {
  SUBMITTED: { "zh-CN": "待受理", en: "Submitted" },
  ACCEPTED: { "zh-CN": "已受理", en: "Accepted" },
  IN_PROGRESS: { "zh-CN": "办理中", en: "In progress" },
  NEEDS_INFO: { "zh-CN": "待补充", en: "Needs information" },
  RESOLVED: { "zh-CN": "已解决", en: "Resolved" },
  CLOSED: { "zh-CN": "已办结", en: "Closed" },
  REJECTED: { "zh-CN": "不予受理", en: "Not accepted" },
  WITHDRAWN: { "zh-CN": "已撤回", en: "Withdrawn" },
};
const ACCEPT = { "zh-CN": "受理", en: "Accept" };
const REOPEN = { "zh-CN": "申请重办", en: "Reopen" };
const LOCALES: Locale[] = ["zh-CN", "en"];

type Tree = Record<string, unknown>;
const at = (tree: Tree, key: string) => key.split(".").reduce<unknown>((o, p) => (o as Tree)[p], tree) as string;
const all = (tree: Tree) =>
  flattenKeys(tree)
    .map((k) => [k, at(tree, k)] as const)
    .filter(([, v]) => typeof v === "string");

describe.each(LOCALES)("the words of the %s catalogs", (locale) => {
  const c = catalog(locale) as Tree;

  it("names every status as the Words table does", () => {
    for (const [status, words] of Object.entries(WORDS)) expect(at(c, `common.status.${status}`), status).toBe(words[locale]);
  });

  it("calls accepting a case 受理 (never 认领) and reopening 申请重办", () => {
    expect(at(c, "queue.actions.accept")).toBe(ACCEPT[locale]);
    expect(at(c, "enterprise.request.reopen.title")).toBe(REOPEN[locale]);
    const claim = locale === "en" ? /\bclaim/i : /认领/;
    expect(
      all(c)
        .filter(([, v]) => claim.test(v))
        .map(([k]) => k),
    ).toEqual([]);
  });

  it("uses the status words inside notifications' status sentences", () => {
    const sentence = at(c, "notifications.kinds.STATUS");
    for (const [status, words] of Object.entries(WORDS)) {
      const said = new RegExp(`${status} \\{([^}]*)\\}`).exec(sentence.slice(sentence.indexOf("toStatus, select")))?.[1];
      expect(said?.toLowerCase(), status).toBe(words[locale].toLowerCase());
    }
  });

  it("names queue tabs for what they hold: no tab borrows a status word for a different set", () => {
    const statusWords = Object.values(WORDS).map((w) => w[locale]);
    const tabs = at(c, "queue.tabs") as unknown as Record<string, string>;
    for (const [tab, word] of Object.entries(tabs)) {
      // The "waiting" tab holds exactly NEEDS_INFO, so it may carry that status' own word.
      if (tab === "waiting" || tab === "label") continue;
      expect(statusWords, `tab ${tab}`).not.toContain(word);
    }
  });

  it("gives each pause reason and each withdrawal-review outcome one name everywhere", () => {
    const reasons = at(c, "queue.actions.reasons");
    expect(at(c, "queue.clock.reasons")).toEqual(reasons);
    expect(at(c, "stats.pauseReasons")).toEqual(reasons);
    const { PENDING: _pending, ...outcomes } = at(c, "stats.outcomes") as unknown as Record<string, string>;
    expect(at(c, "queue.actions.outcomes")).toEqual(outcomes);
  });
});

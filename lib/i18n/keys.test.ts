import { createTranslator, type Locale } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/messages/catalog";
import { isMessageKey, type MessageKey } from "./keys";
import { precompileMessages } from "./precompile";

// The `@ts-expect-error` lines are the type-level half of these tests: `npx tsc --noEmit` (npm run checks)
// fails if a key the catalog lacks ever type-checks again, i.e. if the AppConfig augmentation is lost.
describe("typed message keys (lib/messages/next-intl.d.ts)", () => {
  const t = createTranslator({ locale: "en", messages: catalog("en"), namespace: "queue.clock", onError: () => {} });

  it("a key the catalog has translates", () => {
    expect(t("reasons.QUESTION")).toBe("Waiting for an answer");
    expect(t("pausedHours", { hours: 2 })).toBe("2 h (not counted)");
  });

  it("a key the catalog lacks does not type-check (and would show as its path)", () => {
    // @ts-expect-error -- no message "reasons.NOPE" under queue.clock
    expect(t("reasons.NOPE")).toBe("queue.clock.reasons.NOPE");
    // @ts-expect-error -- a namespace is not a message
    const namespace: MessageKey<"queue.clock"> = "reasons";
    const message: MessageKey<"queue.clock"> = "reasons.QUESTION";
    expect([namespace, message]).toEqual(["reasons", "reasons.QUESTION"]);
  });

  it("the locale is one of the app's", () => {
    const ours: Locale = "zh-CN";
    // @ts-expect-error -- not a locale of this app
    const other: Locale = "fr";
    expect([ours, other]).toEqual(["zh-CN", "fr"]);
  });
});

describe("isMessageKey", () => {
  const raw = catalog("zh-CN");
  const compiled = precompileMessages(raw);

  it("accepts a code the catalog has a message for, in the server's and the browser's catalog", () => {
    for (const messages of [raw, compiled]) {
      expect(isMessageKey(messages, "accept", "queue.done")).toBe(true);
      // A message with placeholders is an array once compiled: still a message.
      expect(isMessageKey(messages, "pausedHours", "queue.clock")).toBe(true);
      expect(isMessageKey(messages, "common.feedback.invalid")).toBe(true);
    }
  });

  it("refuses a code it has none for, a namespace, and an object's built-in names", () => {
    for (const messages of [raw, compiled]) {
      expect(isMessageKey(messages, "nope", "queue.done")).toBe(false);
      expect(isMessageKey(messages, "reasons", "queue.clock")).toBe(false);
      expect(isMessageKey(messages, "constructor", "queue.done")).toBe(false);
      expect(isMessageKey(messages, "toString")).toBe(false);
      expect(isMessageKey(messages, "accept.x", "queue.done")).toBe(false);
      expect(isMessageKey(messages, "")).toBe(false);
    }
  });

  it("narrows the code to a key the translator takes", () => {
    const tq = createTranslator({ locale: "en", messages: catalog("en"), namespace: "queue" });
    const code: string = "accept";
    expect(isMessageKey(raw, code, "queue.done") ? tq(`done.${code}`) : null).toBe("You accepted the case.");
  });
});

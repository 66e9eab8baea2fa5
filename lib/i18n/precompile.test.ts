import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/messages/catalog";
import { LOCALES } from "./locales";
import { clientMessages, precompileMessages } from "./precompile";

function leaves(tree: unknown, path = ""): [string, unknown][] {
  if (typeof tree !== "object" || tree === null || Array.isArray(tree)) return [[path, tree]];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe("precompileMessages", () => {
  it.each(LOCALES)("compiles every %s message; one without arguments stays the very same string (the server formats those as written)", (locale) => {
    const raw = new Map(leaves(catalog(locale)));
    const compiled = leaves(precompileMessages(catalog(locale)));
    expect(compiled.length).toBe(raw.size);
    for (const [path, value] of compiled) {
      if (typeof value === "string") expect(value, path).toBe(raw.get(path));
      else expect(Array.isArray(value), path).toBe(true);
    }
  });

  it("turns arguments, plurals and tags into the compiled form the browser's formatter reads", () => {
    expect(precompileMessages({ a: { b: "编号 {reference}", n: "{n, plural, other {# 件}}", t: "请<b>注意</b>" } })).toEqual({
      a: { b: ["编号 ", ["reference"]], n: [["n", 2, { other: [0, " 件"] }]], t: ["请", ["b", "注意"]] },
    });
  });
});

/** Objects React can pass from a server component to a client one: plain objects and arrays only. */
function onlyPlainObjects(v: unknown): boolean {
  if (typeof v !== "object" || v === null) return true;
  if (!Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype) return false;
  return Object.values(v).every(onlyPlainObjects);
}

describe("clientMessages", () => {
  it.each(LOCALES)("hands the client component only plain objects and arrays (%s)", (locale) => {
    expect(onlyPlainObjects(clientMessages(catalog(locale), Object.keys(catalog(locale))))).toBe(true);
  });

  it("compiles only the namespaces asked for, and a namespace once however often it is asked", () => {
    const messages = catalog("en");
    const first = clientMessages(messages, ["common"]);
    expect(Object.keys(first)).toEqual(["common"]);
    expect(clientMessages(catalog("en"), ["common"]).common).toBe(first.common);
  });
});

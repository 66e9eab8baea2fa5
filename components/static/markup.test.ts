import { createElement as h, Fragment } from "react";
import { describe, expect, it } from "vitest";
import { escapeHtml, staticMarkup } from "./markup";

function Row({ name, value }: { name: string; value: number | null }) {
  return h("tr", null, h("th", { scope: "row" }, name), h("td", { className: "tabular-nums" }, value ?? "—"));
}

describe("static markup", () => {
  it("renders server components, HTML and SVG attributes as HTML", () => {
    const html = staticMarkup(
      h(
        Fragment,
        null,
        h("table", { className: "w-full" }, h("tbody", null, h(Row, { name: "已受理", value: 3 }), h(Row, { name: "x", value: null }))),
        h(
          "svg",
          { viewBox: "0 0 10 10", style: { aspectRatio: "10 / 10" }, "aria-hidden": "true" },
          h("text", { x: 1, textAnchor: "end", fontSize: "11" }, "1"),
        ),
        h("a", { href: "/x", download: true }, "csv"),
        h("input", { type: "date", name: "from" }),
        false,
        null,
      ),
    );
    expect(html).toBe(
      '<table class="w-full"><tbody><tr><th scope="row">已受理</th><td class="tabular-nums">3</td></tr><tr><th scope="row">x</th><td class="tabular-nums">—</td></tr></tbody></table>' +
        '<svg viewBox="0 0 10 10" style="aspect-ratio:10 / 10" aria-hidden="true"><text x="1" text-anchor="end" font-size="11">1</text></svg>' +
        '<a href="/x" download="">csv</a><input type="date" name="from">',
    );
  });

  it("escapes what a person typed (a withdrawal reason, an enterprise name) in text and attributes", () => {
    const reason = `<script>alert("x")</script> & 'y'`;
    expect(staticMarkup(h("td", { title: reason }, reason))).toBe(
      `<td title="${escapeHtml(reason)}">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;y&#x27;</td>`,
    );
  });

  it("starts a never-hydrated form where React's server render would: the chosen option, the typed value", () => {
    const Choice = ({ value }: { value: string }) =>
      h("select", { name: "unit", defaultValue: value }, h("option", { value: "" }, "全部"), [
        h("option", { key: "T1", value: "T1" }, "镇1"),
        h("option", { key: "T2", value: "T2" }, "镇2"),
      ]);
    expect(staticMarkup(h("form", null, h(Choice, { value: "T2" }), h("input", { type: "date", name: "from", defaultValue: "2026-11-01" })))).toBe(
      '<form><select name="unit"><option value="">全部</option><option value="T1">镇1</option><option value="T2" selected="">镇2</option></select>' +
        '<input type="date" name="from" value="2026-11-01"></form>',
    );
    expect(staticMarkup(h(Choice, { value: "" }))).toContain('<option value="" selected="">全部</option>');
  });

  it("refuses event handlers and async components, which static markup cannot carry", () => {
    expect(() => staticMarkup(h("button", { onClick: () => {} }, "x"))).toThrow(/event handler/);
    async function Later() {
      return h("p", null, "x");
    }
    expect(() => staticMarkup(h(Later))).toThrow(/async/);
  });
});

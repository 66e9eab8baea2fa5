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

  it("refuses event handlers and async components, which static markup cannot carry", () => {
    expect(() => staticMarkup(h("button", { onClick: () => {} }, "x"))).toThrow(/event handler/);
    async function Later() {
      return h("p", null, "x");
    }
    expect(() => staticMarkup(h(Later))).toThrow(/async/);
  });
});

// Server markup rendered once to an HTML string: a stats view's tables and charts are the same for everyone
// who sees the same figures, so the page renders them once per served report and language and then sends the
// string (one prop) instead of walking hundreds of elements on every view. Only plain server components
// (synchronous functions without hooks) and HTML/SVG elements are allowed; anything else throws.
import { Fragment, isValidElement, type ReactNode } from "react";

const VOID = new Set(["area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
// React prop names that differ from the HTML/SVG attribute.
const ATTRIBUTE: Record<string, string> = {
  className: "class",
  htmlFor: "for",
  tabIndex: "tabindex",
  colSpan: "colspan",
  rowSpan: "rowspan",
  textAnchor: "text-anchor",
  fontSize: "font-size",
  fontWeight: "font-weight",
  strokeWidth: "stroke-width",
  strokeDasharray: "stroke-dasharray",
  dominantBaseline: "dominant-baseline",
  fillOpacity: "fill-opacity",
  // A form that is never hydrated starts from these, as React's server render writes them.
  defaultValue: "value",
  defaultChecked: "checked",
};

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function styleText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(v)}`)
    .join(";");
}

function attributes(props: Record<string, unknown>): string {
  let out = "";
  for (const [key, value] of Object.entries(props)) {
    if (key === "children" || key === "dangerouslySetInnerHTML" || value === null || value === undefined || value === false) continue;
    if (typeof value === "function") throw new Error(`staticMarkup: ${key} is an event handler; this markup is never hydrated`);
    if (key === "style") {
      out += ` style="${escapeHtml(styleText(value as Record<string, unknown>))}"`;
      continue;
    }
    const name = ATTRIBUTE[key] ?? key;
    out += value === true ? ` ${name}=""` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

/**
 * The HTML of a tree of server elements, escaped as React would. A `<select defaultValue>` marks its matching
 * `<option>` selected (`selected` is the value of the select being rendered, if any).
 */
export function staticMarkup(node: ReactNode, selected?: string): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return escapeHtml(String(node));
  if (Array.isArray(node)) return node.map((n) => staticMarkup(n as ReactNode, selected)).join("");
  if (!isValidElement(node)) throw new Error("staticMarkup: only elements, text and arrays");
  const { type, props } = node as { type: unknown; props: Record<string, unknown> };
  if (type === Fragment) return staticMarkup(props.children as ReactNode, selected);
  if (typeof type === "function") {
    const out = (type as (p: unknown) => ReactNode)(props);
    if (out instanceof Promise) throw new Error("staticMarkup: async components are not supported");
    return staticMarkup(out, selected);
  }
  if (typeof type !== "string") throw new Error("staticMarkup: only server components and HTML/SVG elements");
  if (type === "select") {
    // A select has no value attribute: its defaultValue marks an option below it instead.
    const { defaultValue, ...rest } = props;
    return `<select${attributes(rest)}>${staticMarkup(rest.children as ReactNode, defaultValue == null ? undefined : String(defaultValue))}</select>`;
  }
  const isSelected = type === "option" && selected !== undefined && String(props.value) === selected;
  const open = `<${type}${attributes(props)}${isSelected ? ' selected=""' : ""}>`;
  if (VOID.has(type)) return open;
  const inner = (props.dangerouslySetInnerHTML as { __html: string } | undefined)?.__html ?? staticMarkup(props.children as ReactNode, selected);
  return `${open}${inner}</${type}>`;
}

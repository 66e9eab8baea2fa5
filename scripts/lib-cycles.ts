// Lists dependency cycles between the folders of lib/ (lib/cases → lib/notifications → lib/cases …), which
// say a helper lives in the wrong folder. Files directly in lib/ (db.ts, errors.ts) count as their own node.
// Type-only imports count too unless --runtime is given. Exit code 1 when a cycle remains.
// Usage: npx tsx scripts/lib-cycles.ts [--runtime]
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(import.meta.dirname, "..");
const LIB = path.join(ROOT, "lib");
const runtimeOnly = process.argv.includes("--runtime");

function* files(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(full);
    else if (/\.tsx?$/.test(e.name) && !/\.(test|spec)\.tsx?$|\.d\.ts$/.test(e.name)) yield full;
  }
}

/** The lib folder (or root file) a path belongs to, or null outside lib/. */
function nodeOf(file: string): string | null {
  const rel = path.relative(LIB, file);
  if (rel.startsWith("..")) return null;
  const [first, ...rest] = rel.split(path.sep);
  return rest.length ? first! : first!.replace(/\.tsx?$/, "");
}

function target(from: string, spec: string): string | null {
  if (spec.startsWith("@/")) return nodeOf(path.join(ROOT, spec.slice(2)));
  if (spec.startsWith(".")) return nodeOf(path.resolve(path.dirname(from), spec));
  return null;
}

const edges = new Map<string, Map<string, string>>(); // from → (to → an example file)
for (const file of files(LIB)) {
  const from = nodeOf(file)!;
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  for (const st of source.statements) {
    if (!(ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) || !st.moduleSpecifier || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const typeOnly = ts.isImportDeclaration(st) ? !!st.importClause?.isTypeOnly : st.isTypeOnly;
    if (runtimeOnly && typeOnly) continue;
    const to = target(file, st.moduleSpecifier.text);
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, `${path.relative(ROOT, file)} → ${st.moduleSpecifier.text}`);
  }
}

// Tarjan's strongly connected components: each component of more than one folder holds a cycle.
let index = 0;
const idx = new Map<string, number>();
const low = new Map<string, number>();
const stack: string[] = [];
const onStack = new Set<string>();
const components: string[][] = [];
function visit(v: string) {
  idx.set(v, index);
  low.set(v, index++);
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!idx.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v)!, low.get(w)!));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
  }
  if (low.get(v) === idx.get(v)) {
    const c: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      c.push(w);
    } while (w !== v);
    if (c.length > 1) components.push(c.sort());
  }
}
for (const v of edges.keys()) if (!idx.has(v)) visit(v);

if (components.length === 0) {
  console.log(`no cycles between lib/ folders (${edges.size} folders${runtimeOnly ? ", runtime imports" : ", type imports included"})`);
} else {
  for (const c of components) {
    console.log(`cycle among: ${c.join(", ")}`);
    for (const from of c) for (const [to, example] of edges.get(from) ?? []) if (c.includes(to)) console.log(`  ${from} → ${to}   e.g. ${example}`);
  }
  process.exitCode = 1;
}

// Counts type assertions (`x as T`, `<T>x`) in production code, `as const` excluded, with the TypeScript
// compiler API rather than a regex (so `import * as`, `export { a as b }` and strings never count).
// Production code: app/, components/, lib/, prisma/, scripts/ and the root .ts files; not tests, *.d.ts, generated/.
// Usage: npx tsx scripts/count-casts.ts [root] [--list]
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const args = process.argv.slice(2);
const list = args.includes("--list");
const root = path.resolve(args.find((a) => !a.startsWith("--")) ?? ".");
const SKIP_DIRS = new Set(["node_modules", ".next", "generated", "tests", ".git", "coverage", "test-results", "playwright-report", "tools"]);

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") && entry.isDirectory()) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* sourceFiles(full);
    } else if (/\.tsx?$/.test(entry.name) && !/\.d\.ts$|\.(test|spec)\.tsx?$/.test(entry.name)) {
      yield full;
    }
  }
}

function isAsConst(type: ts.TypeNode): boolean {
  return ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === "const";
}

export function countCasts(file: string, text = fs.readFileSync(file, "utf8")): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isAsExpression(node) && !isAsConst(node.type)) || ts.isTypeAssertionExpression(node)) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.getText().replace(/\s+/g, " ").slice(0, 120) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

let total = 0;
const perFile: [string, number][] = [];
for (const file of sourceFiles(root)) {
  const casts = countCasts(file);
  if (!casts.length) continue;
  total += casts.length;
  const rel = path.relative(root, file);
  perFile.push([rel, casts.length]);
  if (list) for (const c of casts) console.log(`${rel}:${c.line}  ${c.text}`);
}
if (list) {
  perFile.sort((a, b) => b[1] - a[1]);
  for (const [f, n] of perFile) console.log(`${String(n).padStart(4)}  ${f}`);
}
const byFolder = new Map<string, number>();
for (const [f, n] of perFile) byFolder.set(f.split(path.sep)[0]!, (byFolder.get(f.split(path.sep)[0]!) ?? 0) + n);
console.log(
  [...byFolder]
    .sort()
    .map(([f, n]) => `${f}: ${n}`)
    .join(", "),
);
console.log(`as casts in production code: ${total}`);

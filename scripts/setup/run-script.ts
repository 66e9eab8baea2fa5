import { spawn } from "node:child_process";

export type ScriptResult = { script: string; code: number; output: string; seconds: number };

/** `npm run <script>` with its output kept, to be printed whole when it ends (side-by-side runs never interleave). */
export function runScript(script: string): Promise<ScriptResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script], { stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => chunks.push(c));
    child.on("close", (code) => resolve({ script, code: code ?? 1, output: Buffer.concat(chunks).toString(), seconds: (Date.now() - started) / 1000 }));
  });
}

/** Prints one finished script: a header line with its outcome and time, then everything it wrote. */
export function report(r: ScriptResult): void {
  console.log(`== ${r.script}: ${r.code === 0 ? "ok" : `failed (exit ${r.code})`} in ${r.seconds.toFixed(1)} s`);
  if (r.output.trim()) console.log(r.output.trimEnd());
}

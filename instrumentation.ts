// Next.js calls register() once per server start; in the Node runtime it also runs the job worker,
// so a single `npm start` is the whole system (WORKER=off leaves jobs to `npm run worker`).
export async function register() {
  // The literal check lets Next drop the import from the Edge bundle.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Before any request: the socket's address becomes the last hop of X-Forwarded-For, and a response's
    // flushes are coalesced per event-loop turn (lib/http/server-hooks.ts).
    const { installServerHooks } = await import("./lib/http/server-hooks");
    installServerHooks();
    const { startWorkerInApp } = await import("./lib/jobs/in-app");
    await startWorkerInApp();
  }
}

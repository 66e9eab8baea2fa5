// The part of autocannon's programmatic API scripts/bench-http.ts uses (the package ships no types).
declare module "autocannon" {
  type Histogram = { average: number; mean: number; p50: number; p99: number; total: number };
  export type Result = {
    requests: Histogram & { sent: number };
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    duration: number;
  };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    headers?: Record<string, string>;
    method?: string;
    body?: string;
  };
  /** The run: a promise of its result that also emits "response" as each answer arrives. */
  type Run = Promise<Result> & { on(event: "response", listener: () => void): Run };
  function autocannon(opts: Options): Run;
  export default autocannon;
}

// One shape for every text-message gateway. Chinese SMS only carries approved templates, so a text is
// a template (by our name; each provider maps it to its own approved template code) and its parameters.

export const SMS_TEMPLATES = ["CASE_STATUS", "CASE_UPDATE", "ACCOUNT", "TRACK_CODE"] as const;
export type SmsTemplate = (typeof SMS_TEMPLATES)[number];

/** The parameters in template order (Tencent takes them by position, Alibaba Cloud by name). */
export type SmsParams = [name: string, value: string][];

export type SmsSend = { to: string; template: SmsTemplate; params: SmsParams; outboxId: string };

export type SmsResult =
  | { ok: true; providerId: string }
  /** `transient`: worth another try later (throttled, provider or network trouble); otherwise it never goes. */
  | { ok: false; code: string; message: string; transient: boolean };

export interface SmsProvider {
  readonly name: "log" | "aliyun" | "tencent";
  send(message: SmsSend): Promise<SmsResult>;
}

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{ status: number; text(): Promise<string> }>;

/** Posts and reads the JSON answer; a network failure or a non-JSON answer comes back as a transient error. */
export async function postJson(
  fetcher: FetchLike,
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; json: unknown } | SmsResult> {
  try {
    const res = await fetcher(url, { method: "POST", headers, body });
    const text = await res.text();
    try {
      return { status: res.status, json: JSON.parse(text) as unknown };
    } catch {
      return { ok: false, code: `HTTP_${res.status}`, message: text.slice(0, 200), transient: res.status >= 500 || res.status === 429 };
    }
  } catch (err) {
    return { ok: false, code: "NETWORK", message: err instanceof Error ? err.message : String(err), transient: true };
  }
}

import { createHash, createHmac } from "node:crypto";
import { normalizeMobile } from "@/lib/checks/mobile";
import { postJson, type FetchLike, type SmsProvider, type SmsResult, type SmsSend, type SmsTemplate } from "./provider";

// Tencent Cloud SMS, action SendSms of API version 2021-01-11, signed with TC3-HMAC-SHA256 (signature
// v3) exactly as Tencent Cloud documents it: the documented example is reproduced in tencent.test.ts.

export const TENCENT_ENDPOINT = "https://sms.tencentcloudapi.com/";
export const TENCENT_VERSION = "2021-01-11";
const SERVICE = "sms";
const CONTENT_TYPE = "application/json; charset=utf-8";

const sha256Hex = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");
const hmac = (key: string | Buffer, s: string) => createHmac("sha256", key).update(s, "utf8").digest();

export type Tc3Input = { secretKey: string; service: string; host: string; timestamp: number; payload: string; contentType?: string; action?: string };

/** The steps of signature v3: canonical request, string to sign, derived key, signature (hex). */
export function tc3Signature(input: Tc3Input): {
  signature: string;
  signedHeaders: string;
  credentialScope: string;
  canonicalRequest: string;
  stringToSign: string;
} {
  const contentType = input.contentType ?? CONTENT_TYPE;
  const headers: [string, string][] = [
    ["content-type", contentType],
    ["host", input.host],
  ];
  if (input.action) headers.push(["x-tc-action", input.action.toLowerCase()]);
  const signedHeaders = headers.map(([k]) => k).join(";");
  const canonicalRequest = ["POST", "/", "", headers.map(([k, v]) => `${k}:${v}\n`).join(""), signedHeaders, sha256Hex(input.payload)].join("\n");
  const date = new Date(input.timestamp * 1000).toISOString().slice(0, 10);
  const credentialScope = `${date}/${input.service}/tc3_request`;
  const stringToSign = ["TC3-HMAC-SHA256", String(input.timestamp), credentialScope, sha256Hex(canonicalRequest)].join("\n");
  const signing = hmac(hmac(hmac(`TC3${input.secretKey}`, date), input.service), "tc3_request");
  return {
    signature: createHmac("sha256", signing).update(stringToSign, "utf8").digest("hex"),
    signedHeaders,
    credentialScope,
    canonicalRequest,
    stringToSign,
  };
}

export type TencentConfig = {
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  signName: string;
  templates: Record<SmsTemplate, string>;
  region?: string;
  endpoint?: string;
  fetch?: FetchLike;
  now?: () => Date;
};

// Worth another try later: frequency limits and Tencent's own trouble. Everything else (wrong number,
// template or signature not approved, bad keys, no balance) stays wrong until someone fixes it.
const TRANSIENT = [/^LimitExceeded\./, /^RequestLimitExceeded/, /^InternalError/, /^FailedOperation\.(?:JsonParseFail|MissingSignatureList)/];

export function tencentProvider(config: TencentConfig): SmsProvider {
  const fetcher: FetchLike = config.fetch ?? ((url, init) => fetch(url, init));
  const endpoint = config.endpoint ?? TENCENT_ENDPOINT;
  return {
    name: "tencent",
    async send(message: SmsSend): Promise<SmsResult> {
      const payload = JSON.stringify({
        PhoneNumberSet: [`+86${normalizeMobile(message.to)}`],
        SmsSdkAppId: config.sdkAppId,
        SignName: config.signName,
        TemplateId: config.templates[message.template],
        TemplateParamSet: message.params.map(([, v]) => v),
        SessionContext: message.outboxId,
      });
      const host = new URL(endpoint).host;
      const timestamp = Math.floor((config.now?.() ?? new Date()).getTime() / 1000);
      const signed = tc3Signature({ secretKey: config.secretKey, service: SERVICE, host, timestamp, payload, action: "SendSms" });
      const headers = {
        Authorization: `TC3-HMAC-SHA256 Credential=${config.secretId}/${signed.credentialScope}, SignedHeaders=${signed.signedHeaders}, Signature=${signed.signature}`,
        "Content-Type": CONTENT_TYPE,
        Host: host,
        "X-TC-Action": "SendSms",
        "X-TC-Timestamp": String(timestamp),
        "X-TC-Version": TENCENT_VERSION,
        "X-TC-Region": config.region ?? "ap-guangzhou",
      };
      const answer = await postJson(fetcher, endpoint, headers, payload);
      if ("ok" in answer) return answer;
      const response = (
        (answer.json ?? {}) as {
          Response?: { Error?: { Code: string; Message: string }; SendStatusSet?: { Code: string; Message: string; SerialNo: string }[] };
        }
      ).Response;
      const error = response?.Error ?? (response?.SendStatusSet?.[0]?.Code === "Ok" ? undefined : response?.SendStatusSet?.[0]);
      if (!error && response?.SendStatusSet?.[0]) return { ok: true, providerId: response.SendStatusSet[0].SerialNo };
      const code = error?.Code ?? `HTTP_${answer.status}`;
      return { ok: false, code, message: error?.Message ?? "", transient: answer.status >= 500 || TRANSIENT.some((re) => re.test(code)) };
    },
  };
}

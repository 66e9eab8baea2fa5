import { createHmac, randomUUID } from "node:crypto";
import { normalizeMobile } from "@/lib/checks/mobile";
import { postJson, type FetchLike, type SmsProvider, type SmsResult, type SmsSend, type SmsTemplate } from "./provider";

// Alibaba Cloud SMS (dysmsapi, API version 2017-05-25), action SendSms, signed with the RPC signature
// (SignatureVersion 1.0, HMAC-SHA1) exactly as Alibaba Cloud documents it: the documented examples are
// reproduced in aliyun.test.ts.

export const ALIYUN_ENDPOINT = "https://dysmsapi.aliyuncs.com/";
export const ALIYUN_VERSION = "2017-05-25";

/** RFC 3986 encoding as the RPC signature wants it: only A-Z a-z 0-9 - _ . ~ stay literal. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The sorted, encoded query of every parameter but Signature. */
export function canonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => k !== "Signature")
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k]!)}`)
    .join("&");
}

/** Base64(HMAC-SHA1(secret + "&", METHOD&%2F&percentEncode(canonicalQuery))). */
export function rpcSignature(method: "GET" | "POST", params: Record<string, string>, accessKeySecret: string): string {
  const stringToSign = `${method}&${percentEncode("/")}&${percentEncode(canonicalQuery(params))}`;
  return createHmac("sha1", `${accessKeySecret}&`).update(stringToSign, "utf8").digest("base64");
}

export type AliyunConfig = {
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templates: Record<SmsTemplate, string>;
  endpoint?: string;
  fetch?: FetchLike;
  now?: () => Date;
  nonce?: () => string;
};

// Codes that are worth another try later; every other refusal (bad number, template or signature not
// approved, missing parameters, bad keys, no balance) will not change by itself.
const TRANSIENT = [/^isv\.BUSINESS_LIMIT_CONTROL$/, /^Throttling/, /^isp\./, /^ServiceUnavailable/, /^InternalError/];

export function aliyunProvider(config: AliyunConfig): SmsProvider {
  const fetcher: FetchLike = config.fetch ?? ((url, init) => fetch(url, init));
  return {
    name: "aliyun",
    async send(message: SmsSend): Promise<SmsResult> {
      const params: Record<string, string> = {
        AccessKeyId: config.accessKeyId,
        Action: "SendSms",
        Format: "JSON",
        OutId: message.outboxId,
        PhoneNumbers: normalizeMobile(message.to),
        RegionId: "cn-hangzhou",
        SignName: config.signName,
        SignatureMethod: "HMAC-SHA1",
        SignatureNonce: config.nonce?.() ?? randomUUID(),
        SignatureVersion: "1.0",
        TemplateCode: config.templates[message.template],
        TemplateParam: JSON.stringify(Object.fromEntries(message.params)),
        Timestamp: (config.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z"),
        Version: ALIYUN_VERSION,
      };
      params.Signature = rpcSignature("POST", params, config.accessKeySecret);
      const body = Object.entries(params)
        .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
        .join("&");
      const answer = await postJson(fetcher, config.endpoint ?? ALIYUN_ENDPOINT, { "Content-Type": "application/x-www-form-urlencoded" }, body);
      if ("ok" in answer) return answer;
      const json = (answer.json ?? {}) as { Code?: string; Message?: string; BizId?: string };
      if (json.Code === "OK" && json.BizId) return { ok: true, providerId: json.BizId };
      const code = json.Code ?? `HTTP_${answer.status}`;
      return { ok: false, code, message: json.Message ?? "", transient: answer.status >= 500 || TRANSIENT.some((re) => re.test(code)) };
    },
  };
}

import { aliyunProvider } from "./aliyun";
import { logProvider } from "./log";
import { SMS_TEMPLATES, type SmsProvider, type SmsTemplate } from "./provider";
import { tencentProvider } from "./tencent";
import { recordOf } from "@/lib/checks/one-of";

type Env = Record<string, string | undefined>;

function required(env: Env, name: string): string {
  const v = env[name]?.trim();
  if (!v) throw new Error(`SMS_PROVIDER=${env.SMS_PROVIDER} needs ${name}`);
  return v;
}

/** SMS_TEMPLATE_CASE_STATUS, SMS_TEMPLATE_CASE_UPDATE, SMS_TEMPLATE_ACCOUNT: the approved template code of each. */
function templates(env: Env): Record<SmsTemplate, string> {
  return recordOf(SMS_TEMPLATES, (t) => required(env, `SMS_TEMPLATE_${t}`));
}

/**
 * The gateway SMS_PROVIDER names (log | aliyun | tencent), with its keys, sign name and template codes
 * from the environment. A provider named but missing a setting fails at start-up, not at the first text.
 */
export function smsProviderFromEnv(env: Env = process.env): SmsProvider {
  const name = (env.SMS_PROVIDER ?? "log").trim().toLowerCase();
  switch (name) {
    case "":
    case "log":
      return logProvider;
    case "aliyun":
      return aliyunProvider({
        accessKeyId: required(env, "ALIYUN_ACCESS_KEY_ID"),
        accessKeySecret: required(env, "ALIYUN_ACCESS_KEY_SECRET"),
        signName: required(env, "SMS_SIGN_NAME"),
        templates: templates(env),
        endpoint: env.SMS_ENDPOINT || undefined,
      });
    case "tencent":
      return tencentProvider({
        secretId: required(env, "TENCENT_SECRET_ID"),
        secretKey: required(env, "TENCENT_SECRET_KEY"),
        sdkAppId: required(env, "TENCENT_SMS_SDK_APP_ID"),
        signName: required(env, "SMS_SIGN_NAME"),
        templates: templates(env),
        region: env.TENCENT_SMS_REGION || undefined,
        endpoint: env.SMS_ENDPOINT || undefined,
      });
    default:
      throw new Error(`SMS_PROVIDER must be log, aliyun or tencent, not "${name}"`);
  }
}

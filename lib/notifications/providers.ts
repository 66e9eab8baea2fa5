/** Which provider each channel goes through, from the environment (null: nothing is sent). Names only, never keys. */
export function deliveryProviders(env: Record<string, string | undefined> = process.env): { EMAIL: "smtp" | null; SMS: "aliyun" | "tencent" | null } {
  const sms = (env.SMS_PROVIDER ?? "").trim().toLowerCase();
  return { EMAIL: env.SMTP_URL ? "smtp" : null, SMS: sms === "aliyun" || sms === "tencent" ? sms : null };
}

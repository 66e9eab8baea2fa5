import type { SmsProvider } from "./provider";

/** No gateway configured: nothing leaves; the outbox shows the text as "not sent: no provider". */
export const NO_PROVIDER = "NO_PROVIDER";

export const logProvider: SmsProvider = {
  name: "log",
  async send() {
    return { ok: false, code: NO_PROVIDER, message: "SMS_PROVIDER is not configured", transient: false };
  },
};

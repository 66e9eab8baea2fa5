/** How an enterprise prefers to be reached (助企不扰企). Its own module: a client form imports it without the password rules. */
export const CONTACT_CHANNELS = ["PHONE", "SMS", "EMAIL", "IN_APP"] as const;

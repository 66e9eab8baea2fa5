import { DAY_MS, SHANGHAI_OFFSET_MS } from "@/lib/time/shanghai";

// 助企不扰企: a text reaches an enterprise only within the contact hours it stated on its profile
// ("工作日 08:30–17:30", "每天 08:00–20:00", "weekdays 9:00-17:00"). The profile field is free text, so
// this reads what it can and, when it reads nothing, keeps texts to a decent daytime window.

export type ContactWindow = { weekdaysOnly: boolean; start: number; end: number }; // minutes after local midnight

/** When the enterprise said nothing readable: daytime, every day. */
export const DEFAULT_WINDOW: ContactWindow = { weekdaysOnly: false, start: 8 * 60, end: 21 * 60 };

const MINUTE_MS = 60 * 1000;

const RANGE = /(\d{1,2})[:：](\d{2})\s*(?:[-–—~～至到]|to)\s*(\d{1,2})[:：](\d{2})/i;
const WEEKDAYS = /工作日|周一\s*[至到\-–—~～]\s*周五|星期一\s*[至到\-–—~～]\s*星期五|weekdays?|mon(?:day)?\s*[-–—~to]+\s*fri(?:day)?/i;

export function parseContactHours(text: string | null | undefined): ContactWindow {
  const m = text ? RANGE.exec(text.normalize("NFKC")) : null;
  if (!m) return DEFAULT_WINDOW;
  const [h1, m1, h2, m2] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
  const start = h1 * 60 + m1;
  const end = h2 * 60 + m2;
  // Overnight or nonsense ranges are not what "contact hours" mean for a business: use the default.
  if (h1 > 23 || h2 > 24 || m1 > 59 || m2 > 59 || start >= end) return DEFAULT_WINDOW;
  return { weekdaysOnly: WEEKDAYS.test(text!.normalize("NFKC")), start, end };
}

/** The first instant at or after `at` inside the window (Shanghai local time). */
export function nextContactTime(at: Date, window: ContactWindow): Date {
  const local = at.getTime() + SHANGHAI_OFFSET_MS;
  const midnight = Math.floor(local / DAY_MS) * DAY_MS;
  for (let day = 0; day < 8; day += 1) {
    const dayStart = midnight + day * DAY_MS;
    const weekday = new Date(dayStart).getUTCDay();
    if (window.weekdaysOnly && (weekday === 0 || weekday === 6)) continue;
    const open = dayStart + window.start * MINUTE_MS;
    const close = dayStart + window.end * MINUTE_MS;
    if (local < open) return new Date(open - SHANGHAI_OFFSET_MS);
    if (local < close) return at;
  }
  return at; // unreachable for a valid window: every week has an open day
}

/** What an outbox text remembers of its recipient's hours, so a retry keeps to them too. */
export type QuietRule = { hours: string | null; anyHour: boolean };

/** The next allowed instant at or after `at` under a text's remembered rule (no rule: any time). */
export function allowedAt(at: Date, rule: QuietRule | undefined): Date {
  if (!rule || rule.anyHour) return at;
  return nextContactTime(at, parseContactHours(rule.hours));
}

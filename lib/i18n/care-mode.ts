/** 适老化 (easy-reading) mode: large text, high contrast, larger targets, no motion. Kept in a cookie like the language. */
export const CARE_COOKIE = "CARE_MODE";

export function isCareOn(value: string | undefined): boolean {
  return value === "on";
}

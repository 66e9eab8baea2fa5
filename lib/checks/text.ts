// What a person can type that is not text: PostgreSQL refuses a NUL byte in text and jsonb (error 22021,
// which became a 500), zero-width characters make an empty-looking answer pass "required", and bidi
// controls make "invoice\u202Efdp.exe" read as "invoiceexe.pdf". One definition of each, used by every form.

// C0 controls except tab, newline and carriage return, and DEL: never part of what someone meant to type.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// Characters that take no space on screen: zero-width space/joiners, word joiner, BOM, soft hyphen,
// Mongolian vowel separator, Hangul fillers, and the bidi controls.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u3164\uffa0]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** True when the value holds a character no form field accepts (NUL and other control characters). */
export function hasControlCharacters(value: string): boolean {
  return CONTROL.test(value);
}

/** The value without control characters: what is echoed back into a form that refused it. */
export function withoutControlCharacters(value: string): string {
  return value.replace(CONTROL_ALL, "");
}

/** True when nothing would show on screen: empty, spaces, or only invisible characters. */
export function isBlank(value: string): boolean {
  return value.replace(INVISIBLE, "").trim() === "";
}

/** The value without bidi controls, so a file name reads the way it really ends. */
export function stripBidi(value: string): string {
  return value.replace(BIDI, "");
}

/** True when a URL path or query carries a NUL byte, written raw or percent-encoded. */
export function hasNulInUrl(pathAndQuery: string): boolean {
  return /%00/i.test(pathAndQuery) || pathAndQuery.includes("\u0000");
}

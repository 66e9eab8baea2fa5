import { z } from "zod";

const DETAILS = z.record(z.string(), z.unknown());

/** A request's `details` JSON as the fields it holds; anything but an object (null, a list, a hand edit) is no fields. */
export function detailsOf(json: unknown): Record<string, unknown> {
  const parsed = DETAILS.safeParse(json);
  return parsed.success ? parsed.data : {};
}

import { maskIdentifier } from "@/lib/checks/mask";
import type { Db, Tx } from "@/lib/db";
import { findRequestType } from "@/lib/request-types/registry";
import type { FieldKind } from "@/lib/request-types/type-def";
import { erasedFields, openSensitive } from "./sensitive";
import { detailsOf } from "@/lib/request-types/details";

export type DetailField = { name: string; kind: FieldKind; value: unknown; masked: boolean; erased: boolean };

/**
 * A request's fields as a page shows them. Sensitive fields hold only their mask in `details`; the full
 * number is decrypted only when `sees` (and only then), and a value erased by retention shows its mask
 * with `erased` set, for everyone. A value never sealed (written before the migration ran) is masked too.
 */
export async function presentFields(client: Db | Tx, req: { id: string; type: string; details: unknown }, sees: boolean): Promise<DetailField[]> {
  const def = findRequestType(req.type);
  const details = detailsOf(req.details);
  const specs = def?.fields ?? Object.keys(details).map((name) => ({ name, kind: "text" as const, sensitive: false }));
  const anySensitive = specs.some((f) => f.sensitive);
  const opened = anySensitive && sees ? await openSensitive(client, req.id) : null;
  const erased = anySensitive && !sees ? await erasedFields(client, req.id) : null;
  return specs.map((f) => {
    const value = details[f.name];
    if (!f.sensitive || typeof value !== "string") return { name: f.name, kind: f.kind, value, masked: false, erased: false };
    const o = opened?.get(f.name);
    if (o?.value) return { name: f.name, kind: f.kind, value: o.value, masked: false, erased: false };
    const gone = !!o?.erasedAt || !!erased?.has(f.name);
    return { name: f.name, kind: f.kind, value: maskIdentifier(value), masked: !gone && !sees, erased: gone };
  });
}

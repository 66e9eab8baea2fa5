import type { RequestTypeDef } from "./type-def";
import { supplyChainHandoff } from "./types/supply-chain-handoff";
import { visaExtension } from "./types/visa-extension";
import { passportExpedite } from "./types/passport-expedite";
import { general } from "./types/general";

// Order is the order of the type picker.
const registry = new Map<string, RequestTypeDef>();
for (const def of [supplyChainHandoff, visaExtension, passportExpedite, general] as RequestTypeDef[]) registry.set(def.key, def);

const KEY_SHAPE = /^[A-Z][A-Z0-9_]*$/;

/** Adds a type. Everything else (form, submission, routing, lists) finds it here; keys are unique. */
export function registerRequestType(def: RequestTypeDef): void {
  if (!KEY_SHAPE.test(def.key)) throw new Error(`request type key must be UPPER_SNAKE_CASE: ${def.key}`);
  if (registry.has(def.key)) throw new Error(`request type already registered: ${def.key}`);
  registry.set(def.key, def);
}

export function requestTypes(): RequestTypeDef[] {
  return [...registry.values()];
}

export function requestTypeKeys(): string[] {
  return [...registry.keys()];
}

/** The type, or null for a key nobody registered (an old or forged value). */
export function findRequestType(key: string): RequestTypeDef | null {
  return registry.get(key) ?? null;
}

/** "SUPPLY_CHAIN_HANDOFF" ↔ "supply-chain-handoff": the form's address. */
export function typeSlug(key: string): string {
  return key.toLowerCase().replaceAll("_", "-");
}

export function findRequestTypeBySlug(slug: string): RequestTypeDef | null {
  const key = slug.toUpperCase().replaceAll("-", "_");
  return typeSlug(key) === slug ? findRequestType(key) : null;
}

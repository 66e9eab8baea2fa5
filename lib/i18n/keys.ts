import type { MessageKeys, Messages, NamespaceKeys, NestedKeyOf, NestedValueOf } from "next-intl";

/** A namespace of the catalog ("queue", "common.feedback"), as `getTranslations`/`useTranslations` take it. */
export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

type Under<N extends Namespace> = NestedValueOf<Messages, N>;

/** The message keys under namespace `N` (every key of the catalog without one), as its translator takes them. */
export type MessageKey<N extends Namespace = never> = [N] extends [never]
  ? MessageKeys<Messages, NestedKeyOf<Messages>>
  : MessageKeys<Under<N>, NestedKeyOf<Under<N>>>;

/**
 * Whether `key` names a message under `namespace` (the whole catalog without one), for a key known only at
 * run time: a code an action answered, a kind or name read from a row. Once it does, the translator takes it
 * as typed. `messages` is what `getMessages()` or `useMessages()` gives: the catalog's strings on the
 * server, compiled messages (a string or an array) in the browser.
 */
export function isMessageKey<N extends Namespace = never>(messages: unknown, key: string, namespace?: N): key is Extract<MessageKey<N>, string> {
  let at: unknown = messages;
  for (const part of [...(namespace ? namespace.split(".") : []), ...key.split(".")]) {
    if (typeof at !== "object" || at === null || Array.isArray(at) || !Object.hasOwn(at, part)) return false;
    at = Reflect.get(at, part);
  }
  return typeof at === "string" || Array.isArray(at);
}

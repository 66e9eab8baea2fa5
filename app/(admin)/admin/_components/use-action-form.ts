"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "../_lib/form-state";
import { useFocusFirstError } from "./field";

type Action = (prev: FormState, data: FormData) => Promise<FormState>;

/**
 * A form bound to its server action: the answer's message keys (all under `<namespace>.feedback`)
 * translated, submitted values to refill the fields, and focus on the first field in error.
 */
export function useActionForm(namespace: "admin" | "account", action: Action) {
  const [state, dispatch] = useActionState<FormState, FormData>(action, {});
  const ref = useRef<HTMLFormElement>(null);
  useFocusFirstError(ref, state.ok ? undefined : state.seq);
  const t = useTranslations(`${namespace}.feedback`);
  const say = (key: string) => (t.has(key) ? t(key) : t("invalid"));
  return {
    state,
    dispatch,
    ref,
    err: (field: string) => state.errors?.[field]?.map(say).join(" ") || undefined,
    message: state.message ? say(state.message) : undefined,
    value: (field: string, fallback = "") => state.values?.[field] ?? fallback,
  };
}

"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/form-state";
import { useFocusFirstError } from "./field";

/**
 * A form bound to its server action: the answer's message codes translated (from `<namespace>.feedback`,
 * or as a full key when the code names its own namespace, e.g. `queue.errors.required`), submitted
 * values to refill the fields, and focus on the first field in error. `messageValues` fills
 * placeholders of the messages from the answer (e.g. the name of a refused file).
 */
export function useActionForm<S extends FormState>(
  namespace: string,
  action: (prev: S, data: FormData) => Promise<S>,
  messageValues?: (state: S) => Record<string, string>,
) {
  const [state, dispatch] = useActionState<S, FormData>(action, {} as Awaited<S>);
  const ref = useRef<HTMLFormElement>(null);
  useFocusFirstError(ref, state.ok ? undefined : state.seq);
  const t = useTranslations();
  const say = (code: string) => {
    const key = code.includes(".") ? code : `${namespace}.feedback.${code}`;
    return t.has(key) ? t(key, messageValues?.(state)) : t(`${namespace}.feedback.invalid`);
  };
  return {
    state,
    dispatch,
    ref,
    err: (field: string) => state.errors?.[field]?.map(say).join(" ") || undefined,
    message: state.message ? say(state.message) : undefined,
    value: (field: string, fallback = "") => state.values?.[field] ?? fallback,
  };
}

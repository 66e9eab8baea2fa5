"use client";

import { useActionState, useId } from "react";
import { useMessages, useTranslations } from "next-intl";
import { isMessageKey, type Namespace } from "@/lib/i18n/keys";
import type { FormState } from "@/lib/actions/form-state";
import { useFocusFirstError } from "./field";

type Action<S> = (prev: S, data: FormData) => Promise<S>;

/**
 * The one form binding: a form and its server action (lib/actions/pipeline.ts). Message codes are short
 * and read from `<namespace>.feedback`, then `common.feedback` (shared codes: required, file refusals,
 * retry…); submitted values refill the fields; focus moves to the first field in error. The answer's
 * refused file name and request id fill the messages' placeholders.
 */
export function useActionForm<S extends FormState<unknown>>(namespace: Namespace, action: Action<S>) {
  const [state, dispatch, pending] = useActionState<S, FormData>(action, {} as Awaited<S>);
  // The form is found by its id (no ref), so the form object can be read while rendering.
  const id = useId();
  useFocusFirstError(id, state.ok ? undefined : state.seq);
  const t = useTranslations();
  const messages = useMessages();
  const params = { name: state.fileName ?? "", requestId: state.requestId ?? "" };
  const say = (code: string) => {
    // Codes are what an action answered at run time: each is looked up before it is translated.
    for (const key of [`${namespace}.feedback.${code}`, `common.feedback.${code}`]) if (isMessageKey(messages, key)) return t(key, params);
    return t("common.feedback.invalid");
  };
  return {
    state,
    dispatch,
    pending,
    /** The form element's id: `<form id={form.id}>`. */
    id,
    err: (field: string) => state.errors?.[field]?.map(say).join(" ") || undefined,
    message: state.message ? say(state.message) : undefined,
    value: (field: string, fallback = "") => state.values?.[field] ?? fallback,
  };
}

"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/app/(admin)/admin/_lib/form-state";
import { useFocusFirstError } from "@/app/(admin)/admin/_components/field";

/** What an enterprise-side form action answers; `fileName` names a refused upload in its message. */
export type EnterpriseFormState = FormState & { fileName?: string };

type Action = (prev: EnterpriseFormState, data: FormData) => Promise<EnterpriseFormState>;

/**
 * A form bound to its server action: message keys translated from `enterprise.feedback` (or, when a
 * key names its own namespace such as `queue.errors.required`, from there), submitted values to
 * refill the fields, and focus on the first field in error.
 */
export function useEnterpriseForm(action: Action) {
  const [state, dispatch] = useActionState<EnterpriseFormState, FormData>(action, {});
  const ref = useRef<HTMLFormElement>(null);
  useFocusFirstError(ref, state.ok ? undefined : state.seq);
  const t = useTranslations();
  const say = (code: string) => {
    const key = code.includes(".") ? code : `enterprise.feedback.${code}`;
    return t.has(key) ? t(key, { name: state.fileName ?? "" }) : t("enterprise.feedback.invalid");
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

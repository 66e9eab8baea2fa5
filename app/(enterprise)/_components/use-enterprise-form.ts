"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import type { FormState } from "@/lib/forms/form-state";

/** What an enterprise-side form action answers; `fileName` names a refused upload in its message. */
export type EnterpriseFormState = FormState & { fileName?: string };

type Action = (prev: EnterpriseFormState, data: FormData) => Promise<EnterpriseFormState>;

/** The shared form binding with the enterprise catalog; a refused upload's message names its file. */
export function useEnterpriseForm(action: Action) {
  return useActionForm("enterprise", action, (state) => ({ name: state.fileName ?? "" }));
}

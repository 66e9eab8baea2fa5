"use client";

import { useTranslations } from "next-intl";
import { FormMessage, TextAreaField } from "@/components/forms/field";
import { SubmitButton } from "@/components/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { decideRegistrationAction } from "./actions";

/** Verify in one click; rejecting needs a reason, which the enterprise reads. */
export function DecisionForm({ enterpriseId, name }: { enterpriseId: string; name: string }) {
  const t = useTranslations("enterprise.verify");
  const form = useActionForm("enterprise", decideRegistrationAction);
  const id = `reason-${enterpriseId}`;
  return (
    <form id={form.id} action={form.dispatch} noValidate aria-label={name} className="mt-3 space-y-3">
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      <div key={form.state.seq}>
        <TextAreaField name="reason" id={id} label={t("reason")} error={form.err("reason")} defaultValue={form.value("reason")} rows={2} maxLength={500} />
      </div>
      <FormMessage text={form.message} ok={form.state.ok} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="decision" value="verify">
          {t("approve")}
        </SubmitButton>
        <SubmitButton
          name="decision"
          value="reject"
          className="rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
        >
          {t("reject")}
        </SubmitButton>
      </div>
    </form>
  );
}

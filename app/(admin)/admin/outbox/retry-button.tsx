"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/submit-button";
import { retryAction } from "./actions";
import { FormMessage } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

export function RetryButton({ outboxId, to }: { outboxId: string; to: string }) {
  const t = useTranslations("admin.outbox");
  const { state, dispatch: action, message } = useActionForm("admin", retryAction);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="outboxId" value={outboxId} />
      <SubmitButton className="rounded border border-brand-700 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50">
        <span aria-hidden="true">{t("retry")}</span>
        <span className="sr-only">{t("retryFor", { to })}</span>
      </SubmitButton>
      <FormMessage text={message} ok={state.ok} />
    </form>
  );
}

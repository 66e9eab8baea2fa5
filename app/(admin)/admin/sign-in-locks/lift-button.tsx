"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { liftLockAction } from "./actions";

export function LiftButton({ lockKey, subject }: { lockKey: string; subject: string }) {
  const t = useTranslations("admin.signInLocks");
  const { state, dispatch: action, message } = useActionForm("admin", liftLockAction);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="lockKey" value={lockKey} />
      <SubmitButton className="rounded border border-brand-700 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50">
        <span aria-hidden="true">{t("lift")}</span>
        <span className="sr-only">{t("liftFor", { subject })}</span>
      </SubmitButton>
      <FormMessage text={message} ok={state.ok} />
    </form>
  );
}

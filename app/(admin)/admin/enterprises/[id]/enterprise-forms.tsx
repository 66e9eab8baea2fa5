"use client";

import { useTranslations } from "next-intl";
import { flagsAction, liaisonAction } from "../actions";
import { SelectField } from "@/components/forms/field";
import { FormCard } from "@/components/forms/form-card";
import { useActionForm } from "@/components/forms/use-action-form";

export function FlagsForm({ enterpriseId, whitelisted, aboveScale }: { enterpriseId: string; whitelisted: boolean; aboveScale: boolean }) {
  const t = useTranslations("admin.enterprises");
  const form = useActionForm("admin", flagsAction);
  return (
    <FormCard form={form} hidden={{ enterpriseId }} id="flags-form" title={t("flagsTitle")} submit={t("saveFlags")} fieldsClass="space-y-2">
      <label className="flex items-center gap-2">
        <input type="checkbox" name="whitelisted" defaultChecked={whitelisted} className="h-5 w-5" />
        {t("whitelisted")}
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="aboveScale" defaultChecked={aboveScale} className="h-5 w-5" />
        {t("aboveScale")}
      </label>
    </FormCard>
  );
}

export function LiaisonForm({
  enterpriseId,
  liaisonId,
  candidates,
}: {
  enterpriseId: string;
  liaisonId: string;
  candidates: { value: string; label: string }[];
}) {
  const t = useTranslations("admin.enterprises");
  const form = useActionForm("admin", liaisonAction);
  return (
    <FormCard form={form} hidden={{ enterpriseId }} id="liaison-form" title={t("liaisonTitle")} hint={t("liaisonHint")} submit={t("saveLiaison")}>
      <SelectField
        name="liaisonId"
        label={t("liaison")}
        error={form.err("liaisonId")}
        defaultValue={form.value("liaisonId", liaisonId)}
        options={[{ value: "", label: t("noLiaison") }, ...candidates]}
      />
    </FormCard>
  );
}

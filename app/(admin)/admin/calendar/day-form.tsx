"use client";

import { useTranslations } from "next-intl";
import { setDayAction } from "./actions";
import { SelectField, TextField } from "@/components/forms/field";
import { FormCard } from "@/components/forms/form-card";
import { useActionForm } from "@/components/forms/use-action-form";

export function DayForm({ day, kind, note }: { day: string; kind: string; note: string }) {
  const t = useTranslations("admin.calendar");
  const form = useActionForm("admin", setDayAction);
  const { err, value } = form;
  return (
    <FormCard form={form} id="day-form" title={t("formTitle")} hint={t("formHint")} submit={t("save")} fieldsClass="grid gap-3 sm:grid-cols-3">
      <TextField name="day" type="date" label={t("day")} error={err("day")} defaultValue={value("day", day)} />
      <SelectField
        name="kind"
        label={t("kind")}
        error={err("kind")}
        defaultValue={value("kind", kind)}
        options={(["HOLIDAY", "WORKDAY", "NORMAL"] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <TextField name="note" label={t("note")} hint={t("noteHint")} error={err("note")} defaultValue={value("note", note)} />
    </FormCard>
  );
}

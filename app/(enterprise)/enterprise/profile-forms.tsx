"use client";

import { useTranslations } from "next-intl";
import { FormCard } from "@/components/forms/form-card";
import { SelectField, TextField } from "@/components/forms/field";
import { CONTACT_CHANNELS } from "@/lib/enterprises/contact-channels";
import { useActionForm } from "@/components/forms/use-action-form";
import { inviteColleagueAction, saveContactPreferenceAction } from "./actions";

export type Preference = {
  contactChannel: string;
  contactHours: string | null;
  onsiteWelcome: boolean;
  urgentTextsAnyHour: boolean;
  contactName: string;
  contactPhone: string;
  contactEmail: string | null;
};

/** 助企不扰企: how, when and whether on site the team may reach the company. */
export function PreferenceForm({ current }: { current: Preference }) {
  const t = useTranslations("enterprise.profile");
  const form = useActionForm("enterprise", saveContactPreferenceAction);
  const v = (name: keyof Preference) => form.value(name, String(current[name] ?? ""));
  const onsite = form.state.values ? form.state.values.onsiteWelcome === "on" : current.onsiteWelcome;
  const anyHour = form.state.values ? form.state.values.urgentTextsAnyHour === "on" : current.urgentTextsAnyHour;
  return (
    <FormCard form={form} id="preference" title={t("preferenceTitle")} hint={t("preferenceHint")} submit={t("save")} fieldsClass="grid gap-3 sm:grid-cols-2">
      <SelectField
        name="contactChannel"
        label={t("contactChannel")}
        error={form.err("contactChannel")}
        defaultValue={v("contactChannel")}
        options={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
      />
      <TextField
        name="contactHours"
        label={t("contactHours")}
        hint={t("contactHoursHint")}
        error={form.err("contactHours")}
        defaultValue={v("contactHours")}
        maxLength={100}
      />
      <TextField name="contactName" label={t("contactName")} error={form.err("contactName")} defaultValue={v("contactName")} autoComplete="name" />
      <TextField
        name="contactPhone"
        type="tel"
        label={t("contactPhone")}
        error={form.err("contactPhone")}
        defaultValue={v("contactPhone")}
        autoComplete="tel"
      />
      <TextField
        name="contactEmail"
        type="email"
        label={t("contactEmail")}
        error={form.err("contactEmail")}
        defaultValue={v("contactEmail")}
        autoComplete="email"
      />
      <div className="flex items-center gap-2 sm:col-span-2">
        <input type="checkbox" id="onsiteWelcome" name="onsiteWelcome" defaultChecked={onsite} className="size-4" />
        <label htmlFor="onsiteWelcome">{t("onsiteWelcome")}</label>
      </div>
      <div className="flex items-start gap-2 sm:col-span-2">
        <input
          type="checkbox"
          id="urgentTextsAnyHour"
          name="urgentTextsAnyHour"
          defaultChecked={anyHour}
          className="mt-1 size-4"
          aria-describedby="urgentTextsAnyHour-hint"
        />
        <div>
          <label htmlFor="urgentTextsAnyHour">{t("urgentTextsAnyHour")}</label>
          <p id="urgentTextsAnyHour-hint" className="text-sm text-slate-600">
            {t("urgentTextsAnyHourHint")}
          </p>
        </div>
      </div>
    </FormCard>
  );
}

export function InviteForm() {
  const t = useTranslations("enterprise.invite");
  const form = useActionForm("enterprise", inviteColleagueAction);
  const link = form.state.link;
  return (
    <FormCard
      form={form}
      id="invite"
      title={t("title")}
      hint={t("hint")}
      submit={t("submit")}
      after={
        link && (
          <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
            <p>{t("linkOnce")}</p>
            <label htmlFor="invite-link" className="mt-2 block font-medium">
              {t("linkLabel")}
            </label>
            <input
              id="invite-link"
              readOnly
              value={link}
              onFocus={(e) => e.currentTarget.select()}
              className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs"
            />
          </div>
        )
      }
    >
      <TextField
        name="email"
        type="email"
        label={t("colleagueEmail")}
        error={form.err("email")}
        defaultValue={form.state.ok ? "" : form.value("email")}
        autoComplete="off"
      />
    </FormCard>
  );
}

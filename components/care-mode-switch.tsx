import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { setCareModeAction } from "./care-mode-action";
import { CARE_COOKIE, isCareOn } from "@/lib/i18n/care-mode";

/** The header's 适老化 switch: one toggle button, its state announced as pressed or not. */
export async function CareModeSwitch() {
  const [t, jar] = await Promise.all([getTranslations("help.care"), cookies()]);
  const on = isCareOn(jar.get(CARE_COOKIE)?.value);
  return (
    <form action={setCareModeAction} className="text-sm">
      <input type="hidden" name="care" value={on ? "off" : "on"} />
      <button type="submit" aria-pressed={on} title={t("hint")} className={`rounded px-2 py-1 ${on ? "bg-white/20 font-semibold" : "hover:bg-white/10"}`}>
        {t("switch")}
      </button>
    </form>
  );
}

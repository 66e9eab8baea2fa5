import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { unitOptions } from "@/lib/admin/users";
import { STAFF_ROLES_MANAGED } from "@/lib/admin/user-schemas";
import { PageTitle } from "../../_components/page-title";
import { localName } from "@/lib/i18n/names";
import { CreateUserForm } from "./create-user-form";

export async function generateMetadata() {
  return { title: (await getTranslations("admin.users"))("create") };
}

export default async function NewUserPage() {
  await requireRole("ADMIN");
  const [units, t, tc, locale] = await Promise.all([unitOptions(), getTranslations("admin.users"), getTranslations("common"), getLocale()]);
  return (
    <div className="max-w-xl">
      <PageTitle title={t("create")} back="/admin/users" />
      <CreateUserForm
        units={units.map((u) => ({ value: u.id, label: localName(u, locale) }))}
        roles={STAFF_ROLES_MANAGED.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
      />
    </div>
  );
}

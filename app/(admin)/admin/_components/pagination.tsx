import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Next page by keyset cursor, keeping the filters in the address so a view can be shared. */
export async function Pagination({ path, params, nextCursor }: { path: string; params: Record<string, string | undefined>; nextCursor: string | null }) {
  const t = await getTranslations("common.pagination");
  const query = (cursor?: string) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v && k !== "cursor") q.set(k, v);
    if (cursor) q.set("cursor", cursor);
    const s = q.toString();
    return s ? `${path}?${s}` : path;
  };
  if (!nextCursor && !params.cursor) return null;
  return (
    <nav aria-label={t("label")} className="mt-4 flex gap-4">
      {params.cursor && (
        <Link href={query()} className="text-brand-700 underline">
          {t("first")}
        </Link>
      )}
      {nextCursor && (
        <Link href={query(nextCursor)} className="text-brand-700 underline">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}

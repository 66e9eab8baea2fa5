import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { caseVisibleTo } from "@/lib/cases/detail";

// Checked here, outside the loading boundary (loading.tsx): a page that has begun to stream can no longer
// answer 404, so whether this person may see the case (someone else's case does not exist for them) is decided
// before the skeleton is sent. The page and the print view load the case again next to their data.
export default async function CaseLayout({ children, params }: { children: React.ReactNode; params: Promise<{ reference: string }> }) {
  const principal = await requireRole("OFFICER", "LEAD", "ADMIN");
  if (!(await caseVisibleTo(principal, decodeURIComponent((await params).reference)))) notFound();
  return children;
}

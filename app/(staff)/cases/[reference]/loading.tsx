import { PageLoading } from "@/components/page-loading";

export default function CaseLoading() {
  return <PageLoading rows={4} cards={2} />;
}

import { PageLoading } from "@/components/page-loading";

export default function CaseLoading() {
  return <PageLoading rows={5} cards={3} />;
}

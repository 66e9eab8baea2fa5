import { PageLoading } from "@/components/page-loading";

export default function StatsLoading() {
  return <PageLoading rows={3} cards={4} />;
}

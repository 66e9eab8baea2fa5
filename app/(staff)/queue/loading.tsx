import { PageLoading } from "@/components/page-loading";

export default function QueueLoading() {
  return <PageLoading rows={8} />;
}

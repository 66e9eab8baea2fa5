import { requireRole } from "@/lib/auth/session";

// Checked here, outside the loading boundary: a page that has begun to stream can no longer answer 404,
// so who may see the queue is decided before its skeleton is sent (the page checks again, next to the data).
export default async function QueueLayout({ children }: { children: React.ReactNode }) {
  await requireRole("OFFICER", "LEAD", "ADMIN");
  return children;
}

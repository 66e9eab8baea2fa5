import { ClientMessages } from "@/components/client-messages";

// The case forms translate only the messages their actions return (queue.feedback, through useActionForm)
// and the shared files field (enterprise.new); their labels come as props. Not the whole queue catalog.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "queue.feedback", "enterprise.new"]}>{children}</ClientMessages>;
}

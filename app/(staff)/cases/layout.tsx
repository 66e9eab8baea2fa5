import { ClientMessages } from "@/components/client-messages";

// The case forms: their words, the errors their actions return, and the shared files field (enterprise.new).
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "queue", "enterprise.new"]}>{children}</ClientMessages>;
}

import { ClientMessages } from "@/components/client-messages";

// Accepting an invitation to an enterprise.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "enterprise"]}>{children}</ClientMessages>;
}

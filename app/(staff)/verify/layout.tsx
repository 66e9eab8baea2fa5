import { ClientMessages } from "@/components/client-messages";

// The verification decision form.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "enterprise"]}>{children}</ClientMessages>;
}

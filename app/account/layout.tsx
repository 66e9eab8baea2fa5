import { ClientMessages } from "@/components/client-messages";

// The account forms.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "account"]}>{children}</ClientMessages>;
}

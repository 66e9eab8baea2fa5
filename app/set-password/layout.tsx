import { ClientMessages } from "@/components/client-messages";

// Setting a password from a link.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "account"]}>{children}</ClientMessages>;
}

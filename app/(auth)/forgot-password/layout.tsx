import { ClientMessages } from "@/components/client-messages";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "auth"]}>{children}</ClientMessages>;
}

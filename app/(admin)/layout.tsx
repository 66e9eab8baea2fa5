import { ClientMessages } from "@/components/client-messages";

// The admin's forms translate their own words and the shared ones.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "admin", "api"]}>{children}</ClientMessages>;
}

import { ClientMessages } from "@/components/client-messages";

// An enterprise's forms: their own words and each request type's field labels.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "enterprise"]}>{children}</ClientMessages>;
}

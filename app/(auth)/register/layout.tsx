import { ClientMessages } from "@/components/client-messages";

// Registration reuses the request form's words for its fields.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "enterprise"]}>{children}</ClientMessages>;
}

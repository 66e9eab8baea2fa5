import { ClientMessages } from "@/components/client-messages";

// The sign-in form's words only.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "auth"]}>{children}</ClientMessages>;
}

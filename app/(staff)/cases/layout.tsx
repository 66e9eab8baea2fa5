import { ClientMessages } from "@/components/client-messages";

// The case forms: their words and the errors their actions return.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "queue"]}>{children}</ClientMessages>;
}

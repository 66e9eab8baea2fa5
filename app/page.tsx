import { redirect } from "next/navigation";
import { getPrincipal } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/home";

export default async function Home() {
  const principal = await getPrincipal();
  redirect(principal ? homeFor(principal.role) : "/login");
}

import type { Principal } from "@/lib/auth/types";
import { NotFoundError } from "@/lib/errors";

/** City administration exists only for admins: anyone else is told it does not exist (404, never 403). */
export function assertAdmin(p: Pick<Principal, "role">): void {
  if (p.role !== "ADMIN") throw new NotFoundError("admin area");
}

/**
 * A count read with a cap (counting stops at `cap` rows, so it never costs more than that many index
 * entries) as people see it: the number itself, or "99+" once the cap is reached.
 */
export function cappedCount(count: number, cap: number): string {
  return count >= cap ? `${cap - 1}+` : String(count);
}

import { Prisma } from "@/generated/prisma/client";
import { findRequestType } from "@/lib/request-types/registry";
import { detailsOf } from "@/lib/request-types/details";

/**
 * The one spelling both the stored search text and a query are compared in: compatibility-normalized
 * (full-width letters and digits become ASCII), lower case, whitespace collapsed.
 */
export function normalizeSearch(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The words of a request the searches find: its reference, then the values of its type's searchable
 * fields (never a sensitive one). The reference is in it so one index serves both.
 */
export function requestSearchText(reference: string, type: string, details: unknown): string {
  const def = findRequestType(type);
  const given = detailsOf(details);
  const fields = def ? def.searchable.map((f) => given[f]) : [];
  const values = [reference, ...fields].filter((v) => typeof v === "string" || typeof v === "number");
  return normalizeSearch(values.join(" "));
}

/** The words of a query, each of which a row's search text must contain. */
export function searchWords(query: string): string[] {
  return normalizeSearch(query).split(" ").filter(Boolean);
}

/**
 * The character grams a row must hold for a word to be inside its text: every pair of neighbouring
 * characters (Chinese words are mostly two characters, too short for trigrams), or the character itself
 * for a one-character word. Mirrors the database function rd_search_grams, which stores every character
 * and every pair of the row's search text, so the GIN index answers `grams <@ row grams` and the
 * exact `LIKE` only rechecks the few rows it returns.
 */
export function searchGrams(word: string): string[] {
  const chars = Array.from(word);
  if (chars.length === 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

/**
 * The condition "every word of the query is inside the request's words", as zero or one OR branch: the GIN
 * index on the character pairs finds the candidate rows, LIKE checks each word on them.
 */
export function requestWordsWhere(query: string): Prisma.RequestWhereInput[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  return [{ searchGrams: { hasEvery: words.flatMap(searchGrams) }, AND: words.map((w) => ({ searchText: { contains: w } })) }];
}

/** The same condition as an OR branch of raw SQL over the request row `r` (empty when there are no words). */
export function requestWordsSql(query: string): Prisma.Sql {
  const words = searchWords(query);
  if (words.length === 0) return Prisma.empty;
  const grams = words.flatMap(searchGrams);
  const likes = words.map((w) => Prisma.sql`r."searchText" LIKE '%' || ${w.replace(/[\\%_]/g, "\\$&")} || '%'`);
  return Prisma.sql`OR (r."searchGrams" @> ARRAY[${Prisma.join(grams)}]::text[] AND ${Prisma.join(likes, " AND ")})`;
}

-- The queue's search inside a request's words (goods, subject, employee name …), for Chinese text too.
-- pg_trgm cannot serve it: a trigram needs three characters, most Chinese words have two, and LIKE '%钢材%'
-- yields no trigram to look up. Instead every character and every pair of neighbouring characters of the
-- search text is stored in a generated array with a GIN index; a query asks for the pairs of its words
-- (lib/requests/search-text.ts, searchGrams) and LIKE rechecks the few rows the index returns.

-- Every character and pair of neighbouring characters of a text, spaces left out.
CREATE FUNCTION rd_search_grams(t TEXT) RETURNS TEXT[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
    SELECT substr(t, i, 1) AS g FROM generate_series(1, char_length(t)) AS i
    UNION ALL
    SELECT substr(t, i, 2) FROM generate_series(1, char_length(t) - 1) AS i
  ) AS grams
  WHERE position(' ' IN g) = 0
$$;

-- AlterTable
ALTER TABLE "Request" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Request" ADD COLUMN "searchGrams" TEXT[] GENERATED ALWAYS AS (rd_search_grams("searchText")) STORED;

-- Requests filed before this migration: the reference, then the searchable fields of each type as they are today
-- (the app writes the same text from the type modules' `searchable` lists from now on).
UPDATE "Request" SET "searchText" = lower(btrim(regexp_replace(concat_ws(' ', reference,
  details->>'goods', details->>'supplierName', details->>'originProvince', details->>'originCity',
  details->>'handoffPoint', details->>'destination', details->>'subject', details->>'employeeName'), '\s+', ' ', 'g')));

-- CreateIndex
CREATE INDEX "Request_searchGrams_idx" ON "Request" USING GIN ("searchGrams");

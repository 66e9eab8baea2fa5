-- DropTable
DROP TABLE "StatsSnapshot";

-- CreateTable
CREATE TABLE "StatsDay" (
    "day" DATE NOT NULL,
    "unitId" TEXT NOT NULL,
    "townshipId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "accepted" INTEGER NOT NULL DEFAULT 0,
    "acceptedSolved" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "onTime" INTEGER NOT NULL DEFAULT 0,
    "reopened" INTEGER NOT NULL DEFAULT 0,
    "ratings" INTEGER NOT NULL DEFAULT 0,
    "satisfied" INTEGER NOT NULL DEFAULT 0,
    "scoreSum" INTEGER NOT NULL DEFAULT 0,
    "withdrawn" INTEGER NOT NULL DEFAULT 0,
    "reviewed" INTEGER NOT NULL DEFAULT 0,
    "voluntary" INTEGER NOT NULL DEFAULT 0,
    "pushed" INTEGER NOT NULL DEFAULT 0,
    "otherOutcome" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StatsDay_pkey" PRIMARY KEY ("day","unitId","townshipId","type")
);

-- CreateTable
CREATE TABLE "StatsHistogram" (
    "grain" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "unitId" TEXT NOT NULL,
    "townshipId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "bin" INTEGER NOT NULL,
    "n" INTEGER NOT NULL,
    "lo" DOUBLE PRECISION NOT NULL,
    "hi" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "StatsHistogram_pkey" PRIMARY KEY ("grain","day","unitId","townshipId","type","metric","bin")
);

-- CreateTable
CREATE TABLE "StatsPauseDay" (
    "day" DATE NOT NULL,
    "unitId" TEXT NOT NULL,
    "townshipId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "stillOpen" INTEGER NOT NULL,
    "endedHours" DOUBLE PRECISION NOT NULL,
    "openSince" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "StatsPauseDay_pkey" PRIMARY KEY ("day","unitId","townshipId","type","reason")
);

-- CreateTable
CREATE TABLE "StatsDirtyDay" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,

    CONSTRAINT "StatsDirtyDay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StatsDay_unitId_day_idx" ON "StatsDay"("unitId", "day");

-- CreateIndex
CREATE INDEX "StatsHistogram_grain_unitId_day_idx" ON "StatsHistogram"("grain", "unitId", "day");

-- CreateIndex
CREATE INDEX "StatsPauseDay_unitId_day_idx" ON "StatsPauseDay"("unitId", "day");

-- CreateIndex
CREATE INDEX "Request_status_unitId_type_townshipId_submittedAt_dueAt_id_idx" ON "Request"("status", "unitId", "type", "townshipId", "submittedAt", "dueAt", "id");

-- Daily stats rollups (lib/stats/rollup.ts). Triggers only append the Shanghai days a change touched to
-- StatsDirtyDay (no row is locked by concurrent writers: it is append-only); the fold recomputes those
-- days from the requests with the same SQL definitions as the live figures, whatever code path wrote them.

-- The histogram bin of an hours figure: a minute wide below an hour, then 32 bins per doubling (1/32 of the value), as lib/stats/histogram.ts binOf.
-- (float8 throughout: numeric logarithms made a rebuild at 1,000,000 requests take minutes. Where ln/ln 2 rounds
-- across a power of two the two formulas meet, so the bin is the same.)
CREATE FUNCTION rd_stats_bin(hours float8) RETURNS int AS $$
  SELECT CASE
    WHEN hours IS NULL THEN NULL
    WHEN hours < 0 THEN -1
    WHEN hours < 1 THEN floor(hours * 60)::int
    ELSE 60 + 32 * floor(ln(hours) / ln(2.0))::int + floor((hours / power(2.0, floor(ln(hours) / ln(2.0))) - 1) * 32)::int
  END
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

-- The Shanghai day of a UTC timestamp(3), as the stats count days.
CREATE FUNCTION rd_stats_day(at timestamp) RETURNS date AS $$
  SELECT (at + interval '8 hours')::date
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION rd_stats_mark(at timestamp) RETURNS void AS $$
BEGIN
  IF at IS NOT NULL THEN
    INSERT INTO "StatsDirtyDay"(day) VALUES (rd_stats_day(at));
  END IF;
END;
$$ LANGUAGE plpgsql;

-- A request: its submission day (received, accepted, first response), resolution day (resolved, on time,
-- resolution hours) and withdrawal day, before and after; moved to another unit, township or type, also its pauses' and rating's days.
CREATE FUNCTION rd_stats_request_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM rd_stats_mark(OLD."submittedAt");
    PERFORM rd_stats_mark(OLD."resolvedAt");
    PERFORM rd_stats_mark(OLD."withdrawnAt");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF TG_OP = 'INSERT' OR NEW."submittedAt" IS DISTINCT FROM OLD."submittedAt" THEN PERFORM rd_stats_mark(NEW."submittedAt"); END IF;
    IF TG_OP = 'INSERT' OR NEW."resolvedAt" IS DISTINCT FROM OLD."resolvedAt" THEN PERFORM rd_stats_mark(NEW."resolvedAt"); END IF;
    IF TG_OP = 'INSERT' OR NEW."withdrawnAt" IS DISTINCT FROM OLD."withdrawnAt" THEN PERFORM rd_stats_mark(NEW."withdrawnAt"); END IF;
  END IF;
  IF TG_OP = 'UPDATE' AND (NEW."unitId", NEW."townshipId", NEW."type") IS DISTINCT FROM (OLD."unitId", OLD."townshipId", OLD."type") THEN
    INSERT INTO "StatsDirtyDay"(day)
      SELECT rd_stats_day(p."startedAt") FROM "SlaPause" p WHERE p."requestId" = NEW."id"
      UNION SELECT rd_stats_day(g."createdAt") FROM "Rating" g WHERE g."requestId" = NEW."id";
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER request_stats_insert AFTER INSERT OR DELETE ON "Request" FOR EACH ROW EXECUTE FUNCTION rd_stats_request_changed();
-- Only the columns a stats figure reads (not the search text, reminders, version…).
CREATE TRIGGER request_stats_update AFTER UPDATE ON "Request" FOR EACH ROW
  WHEN ((OLD."status", OLD."submittedAt", OLD."resolvedAt", OLD."firstResolvedAt", OLD."firstResponseAt", OLD."dueAt", OLD."reopenCount",
         OLD."pausedMs", OLD."withdrawnAt", OLD."unitId", OLD."townshipId", OLD."type")
    IS DISTINCT FROM (NEW."status", NEW."submittedAt", NEW."resolvedAt", NEW."firstResolvedAt", NEW."firstResponseAt", NEW."dueAt", NEW."reopenCount",
         NEW."pausedMs", NEW."withdrawnAt", NEW."unitId", NEW."townshipId", NEW."type"))
  EXECUTE FUNCTION rd_stats_request_changed();

-- A withdrawal's timeline entry decides whether it had been accepted (definitions.ts ACCEPTED).
CREATE FUNCTION rd_stats_event_added() RETURNS trigger AS $$
BEGIN
  INSERT INTO "StatsDirtyDay"(day) SELECT rd_stats_day(r."submittedAt") FROM "Request" r WHERE r."id" = NEW."requestId";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER event_stats_withdrawal AFTER INSERT ON "Event" FOR EACH ROW
  WHEN (NEW."kind" = 'STATUS' AND NEW."toStatus" = 'WITHDRAWN') EXECUTE FUNCTION rd_stats_event_added();

-- A pause: the day it began (time paused by reason) and its request's resolution day (resolution hours after a reopen).
CREATE FUNCTION rd_stats_pause_changed() RETURNS trigger AS $$
DECLARE
  row_ "SlaPause";
BEGIN
  FOREACH row_ IN ARRAY (CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW] WHEN 'DELETE' THEN ARRAY[OLD] ELSE ARRAY[OLD, NEW] END) LOOP
    PERFORM rd_stats_mark(row_."startedAt");
    INSERT INTO "StatsDirtyDay"(day) SELECT rd_stats_day(r."resolvedAt") FROM "Request" r WHERE r."id" = row_."requestId" AND r."resolvedAt" IS NOT NULL;
  END LOOP;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER pause_stats AFTER INSERT OR UPDATE OR DELETE ON "SlaPause" FOR EACH ROW EXECUTE FUNCTION rd_stats_pause_changed();

-- A row whose day is one timestamp column (named by the trigger's argument): its old and new day.
CREATE FUNCTION rd_stats_row_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM rd_stats_mark((to_jsonb(OLD) ->> TG_ARGV[0])::timestamp); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM rd_stats_mark((to_jsonb(NEW) ->> TG_ARGV[0])::timestamp); END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER rating_stats AFTER INSERT OR UPDATE OR DELETE ON "Rating" FOR EACH ROW EXECUTE FUNCTION rd_stats_row_changed('createdAt');

-- A withdrawal's review (its outcome is counted on the withdrawal's day).
CREATE TRIGGER withdrawal_review_stats AFTER INSERT OR UPDATE OR DELETE ON "WithdrawalReview" FOR EACH ROW EXECUTE FUNCTION rd_stats_row_changed('withdrawnAt');

-- Requests already in the database: every day that holds one is folded on the next stats view or job run
-- (`npm run stats:rebuild` does it at once).
INSERT INTO "StatsDirtyDay"(day)
  SELECT d::date FROM generate_series((SELECT rd_stats_day(min("submittedAt")) FROM "Request"), rd_stats_day(now() AT TIME ZONE 'UTC'), interval '1 day') d
  WHERE EXISTS (SELECT 1 FROM "Request");

-- CreateTable
CREATE TABLE "StatsSnapshot" (
    "key" TEXT NOT NULL,
    "spec" JSONB NOT NULL,
    "payload" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,
    "lastViewedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StatsSnapshot_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "StatsSnapshot_lastViewedAt_idx" ON "StatsSnapshot"("lastViewedAt");

-- AlterEnum (placed where schema.prisma lists them, so the enum's order matches it)
ALTER TYPE "OutboxStatus" ADD VALUE 'SENDING' AFTER 'PENDING';
ALTER TYPE "OutboxStatus" ADD VALUE 'GIVEN_UP' AFTER 'FAILED';
ALTER TYPE "OutboxStatus" ADD VALUE 'NOT_SENT' AFTER 'GIVEN_UP';

-- AlterTable
ALTER TABLE "Enterprise" ADD COLUMN     "urgentTextsAnyHour" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN     "claimedAt" TIMESTAMP(3),
ADD COLUMN     "kind" TEXT,
ADD COLUMN     "locale" TEXT,
ADD COLUMN     "params" JSONB,
ADD COLUMN     "provider" TEXT,
ADD COLUMN     "providerCode" TEXT,
ADD COLUMN     "providerId" TEXT,
ADD COLUMN     "sendAfter" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "TrackAttempt" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrackAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrackAttempt_key_createdAt_idx" ON "TrackAttempt"("key", "createdAt");

-- CreateIndex
CREATE INDEX "Outbox_status_sendAfter_idx" ON "Outbox"("status", "sendAfter");

-- CreateIndex
CREATE INDEX "Outbox_channel_status_idx" ON "Outbox"("channel", "status");

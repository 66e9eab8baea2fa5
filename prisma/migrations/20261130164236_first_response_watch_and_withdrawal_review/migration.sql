-- CreateEnum
CREATE TYPE "WithdrawalOutcome" AS ENUM ('VOLUNTARY', 'PUSHED_BY_STAFF', 'OTHER');

-- AlterTable
ALTER TABLE "Request" ADD COLUMN     "firstResponseEscalatedAt" TIMESTAMP(3),
ADD COLUMN     "firstResponseReminderSentAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "WithdrawalReview" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "withdrawnAt" TIMESTAMP(3) NOT NULL,
    "outcome" "WithdrawalOutcome" NOT NULL,
    "note" TEXT,
    "reviewedById" TEXT NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WithdrawalReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WithdrawalReview_reviewedAt_idx" ON "WithdrawalReview"("reviewedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WithdrawalReview_requestId_withdrawnAt_key" ON "WithdrawalReview"("requestId", "withdrawnAt");

-- CreateIndex
CREATE INDEX "Request_firstResponseAt_firstResponseDueAt_idx" ON "Request"("firstResponseAt", "firstResponseDueAt");

-- AddForeignKey
ALTER TABLE "WithdrawalReview" ADD CONSTRAINT "WithdrawalReview_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WithdrawalReview" ADD CONSTRAINT "WithdrawalReview_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

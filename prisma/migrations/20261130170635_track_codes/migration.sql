-- CreateTable
CREATE TABLE "TrackCode" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrackCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrackCode_requestId_createdAt_idx" ON "TrackCode"("requestId", "createdAt");

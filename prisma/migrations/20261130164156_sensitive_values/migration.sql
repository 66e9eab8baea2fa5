-- CreateTable
CREATE TABLE "SensitiveValue" (
    "requestId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "keyId" TEXT,
    "ciphertext" BYTEA,
    "blindIndex" TEXT,
    "masked" TEXT NOT NULL,
    "erasedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SensitiveValue_pkey" PRIMARY KEY ("requestId","field")
);

-- CreateIndex
CREATE INDEX "SensitiveValue_blindIndex_idx" ON "SensitiveValue"("blindIndex");

-- CreateIndex
CREATE INDEX "SensitiveValue_keyId_idx" ON "SensitiveValue"("keyId");

-- AddForeignKey
ALTER TABLE "SensitiveValue" ADD CONSTRAINT "SensitiveValue_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "ActionRate" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ActionRate_pkey" PRIMARY KEY ("key")
);

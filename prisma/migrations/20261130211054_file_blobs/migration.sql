-- CreateTable
CREATE TABLE "FileBlob" (
    "key" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FileBlob_pkey" PRIMARY KEY ("key")
);

-- Uploads are PDFs, JPEGs and PNGs, already compressed: store them out of line without trying to compress again.
ALTER TABLE "FileBlob" ALTER COLUMN "data" SET STORAGE EXTERNAL;

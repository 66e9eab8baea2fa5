-- CreateIndex
CREATE INDEX "Request_dueAt_id_idx" ON "Request"("dueAt", "id");

-- The open pause of a case (at most one): the queue's and the stats' overdue test looks it up for every
-- NEEDS_INFO case, and the rest of the table is closed pauses it never needs to read.
CREATE INDEX "SlaPause_open_requestId_idx" ON "SlaPause" ("requestId") WHERE "endedAt" IS NULL;

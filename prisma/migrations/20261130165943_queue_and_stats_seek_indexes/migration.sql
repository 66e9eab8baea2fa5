-- CreateIndex
CREATE INDEX "Request_dueAt_id_idx" ON "Request"("dueAt", "id");

-- CreateIndex
CREATE INDEX "Request_withdrawnAt_idx" ON "Request"("withdrawnAt");

-- CreateIndex
CREATE INDEX "Request_unitId_withdrawnAt_idx" ON "Request"("unitId", "withdrawnAt");

-- CreateIndex
CREATE INDEX "SlaPause_endedAt_requestId_idx" ON "SlaPause"("endedAt", "requestId");

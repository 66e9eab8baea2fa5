-- CreateIndex
CREATE INDEX "Request_unitId_dueAt_id_idx" ON "Request"("unitId", "dueAt", "id");

-- CreateIndex
CREATE INDEX "Request_unitId_submittedAt_idx" ON "Request"("unitId", "submittedAt");

-- CreateIndex
CREATE INDEX "Request_unitId_resolvedAt_idx" ON "Request"("unitId", "resolvedAt");

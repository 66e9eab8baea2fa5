-- CreateIndex
CREATE INDEX "Request_assigneeId_status_dueAt_id_idx" ON "Request"("assigneeId", "status", "dueAt", "id");

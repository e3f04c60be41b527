-- CreateTable
CREATE TABLE "LogsTicket" (
    "id" TEXT NOT NULL,
    "spec" JSONB NOT NULL,
    "holder" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LogsTicket_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LogsTicket_createdAt_idx" ON "LogsTicket"("createdAt");

-- CreateTable
CREATE TABLE "LogQueryHistory" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT,
    "query" TEXT NOT NULL,
    "groups" JSONB NOT NULL,
    "mode" TEXT NOT NULL DEFAULT 'groups',
    "rangeStart" TIMESTAMP(3) NOT NULL,
    "rangeEnd" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL,
    "recordsMatched" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "recordsScanned" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "bytesScanned" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "costUsd" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reused" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LogQueryHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LogSavedQuery" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "logGroups" TEXT[],
    "queryDefinitionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LogSavedQuery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LogQueryHistory_ownerId_createdAt_idx" ON "LogQueryHistory"("ownerId", "createdAt");

-- CreateIndex
CREATE INDEX "LogSavedQuery_ownerId_name_idx" ON "LogSavedQuery"("ownerId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "LogSavedQuery_accountId_region_queryDefinitionId_key" ON "LogSavedQuery"("accountId", "region", "queryDefinitionId");

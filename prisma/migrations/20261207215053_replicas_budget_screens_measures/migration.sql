-- CreateTable
CREATE TABLE "ClusterSlot" (
    "key" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "holder" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "leaseUntil" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ClusterSlot_pkey" PRIMARY KEY ("key","slot")
);

-- CreateTable
CREATE TABLE "ClusterScreenCount" (
    "replicaId" TEXT NOT NULL,
    "dashboardId" TEXT NOT NULL,
    "screens" INTEGER NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ClusterScreenCount_pkey" PRIMARY KEY ("replicaId","dashboardId")
);

-- CreateTable
CREATE TABLE "LogsQueryMeasure" (
    "key" TEXT NOT NULL,
    "groupsKey" TEXT NOT NULL,
    "bytesScanned" DOUBLE PRECISION NOT NULL,
    "rangeMs" DOUBLE PRECISION NOT NULL,
    "measuredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LogsQueryMeasure_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClusterSlot_token_key" ON "ClusterSlot"("token");

-- CreateIndex
CREATE INDEX "ClusterScreenCount_expiresAt_idx" ON "ClusterScreenCount"("expiresAt");

-- CreateIndex
CREATE INDEX "LogsQueryMeasure_groupsKey_measuredAt_idx" ON "LogsQueryMeasure"("groupsKey", "measuredAt");

-- CreateTable
CREATE TABLE "ClusterFetch" (
    "key" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "leaseUntil" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3),
    "payload" TEXT,
    "fetchedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ClusterFetch_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ClusterPushMessage" (
    "id" BIGSERIAL NOT NULL,
    "channel" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClusterPushMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClusterFetch_expiresAt_idx" ON "ClusterFetch"("expiresAt");

-- CreateIndex
CREATE INDEX "ClusterPushMessage_createdAt_idx" ON "ClusterPushMessage"("createdAt");

-- CreateTable
CREATE TABLE "AlarmSnapshot" (
    "accountRef" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "awsAccountId" TEXT NOT NULL,
    "accountName" TEXT NOT NULL,
    "fetchedAt" TIMESTAMP(3),
    "attemptedAt" TIMESTAMP(3) NOT NULL,
    "error" TEXT,
    "errorKind" TEXT,
    "alarms" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlarmSnapshot_pkey" PRIMARY KEY ("accountRef","region")
);

-- CreateTable
CREATE TABLE "HealthSnapshot" (
    "scope" TEXT NOT NULL,
    "accountRef" TEXT NOT NULL,
    "awsAccountId" TEXT NOT NULL,
    "accountName" TEXT NOT NULL,
    "organization" BOOLEAN NOT NULL DEFAULT false,
    "fetchedAt" TIMESTAMP(3),
    "attemptedAt" TIMESTAMP(3) NOT NULL,
    "error" TEXT,
    "errorKind" TEXT,
    "events" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HealthSnapshot_pkey" PRIMARY KEY ("scope")
);

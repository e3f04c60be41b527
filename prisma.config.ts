import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this file; migrations run through lib/db/migrations (offline wasm engine).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});

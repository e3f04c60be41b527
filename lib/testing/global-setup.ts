import net from "node:net";
import type { TestProject } from "vitest/node";
import { startTemporaryPostgres, type EmbeddedPostgres } from "@/lib/db/embedded-postgres";

// One real PostgreSQL for the whole test run (TEST_DATABASE_URL to use an existing server instead);
// integration tests create their own database in it (lib/testing/database.ts).

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseUrl: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

let server: EmbeddedPostgres | undefined;

export async function setup(project: TestProject): Promise<void> {
  const existing = process.env.TEST_DATABASE_URL;
  if (existing) {
    project.provide("testDatabaseUrl", existing);
    return;
  }
  server = await startTemporaryPostgres(await freePort());
  project.provide("testDatabaseUrl", server.url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}

import { startTemporaryPostgres } from "./embedded-postgres";
import {
  createMigration,
  deployMigrations,
  migrationStatus,
  pendingSchemaChanges,
} from "./migrations/migrate";

// Developer commands for migrations, offline:
//   npm run db:migration:create -- <name>   write a migration for the changes in schema.prisma
//   npm run db:migrate                      apply pending migrations to DATABASE_URL
//   npm run db:status                       migration history of DATABASE_URL
// Without DATABASE_URL, create/status use a throwaway embedded PostgreSQL.

const [command, name] = process.argv.slice(2);
const TEMP_PORT = 54390;

async function main(): Promise<void> {
  const temporary = process.env.DATABASE_URL ? undefined : await startTemporaryPostgres(TEMP_PORT);
  const url = process.env.DATABASE_URL ?? temporary?.url ?? "";
  try {
    if (command === "deploy") {
      const applied = await deployMigrations(url);
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
    } else if (command === "create") {
      if (!name) throw new Error("usage: npm run db:migration:create -- <name>");
      await deployMigrations(url);
      const dir = await createMigration(url, name);
      console.log(
        dir ? `Created ${dir}/migration.sql` : "schema.prisma matches the migrations; nothing to create.",
      );
    } else if (command === "status") {
      console.log(JSON.stringify(await migrationStatus(url), null, 2));
    } else if (command === "diff") {
      console.log((await pendingSchemaChanges(url)) || "-- no drift");
    } else {
      throw new Error("commands: deploy | create <name> | status | diff");
    }
  } finally {
    await temporary?.stop();
  }
}

main().then(
  // The wasm engine leaves an advisory-lock timer running; do not wait for it.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

import fs from "node:fs";
import { stopLeftoverServer } from "@/lib/db/embedded-postgres";

// Playwright's web server: Watchwall's real launcher on a fresh data folder. A previous run killed before it
// could shut down may have left its PostgreSQL running on that folder; stop it before wiping the folder.

const dataDir = process.env.WATCHWALL_DATA_DIR ?? ".data/e2e";
await stopLeftoverServer(dataDir);
fs.rmSync(dataDir, { recursive: true, force: true });
await import("@/lib/server/main");

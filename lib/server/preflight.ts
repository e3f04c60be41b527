import net from "node:net";
import pg from "pg";

// Checks that turn the usual start-up failures into one line that says what to fix.

export class StartupError extends Error {
  override name = "StartupError";
}

export async function assertPortFree(host: string, port: number, variable: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        new StartupError(
          error.code === "EADDRINUSE"
            ? `port ${port} is already in use: stop the other process or set ${variable} to a free port`
            : `cannot listen on ${host}:${port} (${error.code ?? error.message}): check ${variable}`,
        ),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}

export async function assertDatabaseReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code ?? (error instanceof Error ? error.message : String(error));
    throw new StartupError(`cannot reach the database at ${redact(url)} (${reason}): check DATABASE_URL`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

// Command-line options of the dashboard benchmark. Only loopback addresses are accepted: the benchmark
// resets the simulator's counters and floods the server, which must never happen to a shared instance.

export interface BenchOptions {
  /** An already running Watchwall (and its simulator); absent: start a throwaway one. */
  connect?: { url: string; simulatorUrl: string };
  viewers: number;
  /** Sequential cold refreshes timed for the latency figures. */
  iterations: number;
  /** Cold and warm page loads each, in headless Chromium; 0 skips the browser. */
  browserRuns: number;
  /** Start the launcher with WATCHWALL_SKIP_BUILD=1 (reuse the existing production build even if stale). */
  skipBuild: boolean;
  /** Stream the server's output. */
  verbose: boolean;
  /** Ports of the throwaway instance: Watchwall, its PostgreSQL and its simulator (absent: free ones). */
  port?: number;
  help: boolean;
}

export const DEFAULT_VIEWERS = 50;
export const DEFAULT_ITERATIONS = 30;
export const DEFAULT_BROWSER_RUNS = 5;
const MAX_VIEWERS = 500;
const MAX_ITERATIONS = 1_000;
const MAX_BROWSER_RUNS = 20;

export const USAGE = `Usage: npx tsx lib/metrics/bench/dashboard-bench.ts [options]

  --url <http://127.0.0.1:PORT>        use a running Watchwall instead of starting one (needs --simulator)
  --simulator <http://127.0.0.1:PORT>  its AWS simulator (WATCHWALL_AWS_MODE=simulator)
  --viewers <n>                        concurrent viewers (default ${DEFAULT_VIEWERS})
  --iterations <n>                     cold refreshes timed for latency (default ${DEFAULT_ITERATIONS})
  --browser-runs <n>                   cold and warm page loads each; 0 skips Chromium (default ${DEFAULT_BROWSER_RUNS})
  --skip-build                         start the launcher with WATCHWALL_SKIP_BUILD=1
  --port <n>                           throwaway instance on ports n (Watchwall), n+1 (PostgreSQL), n+2 (simulator)
  --verbose                            print the server's output
`;

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function loopbackUrl(raw: string, flag: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${flag}: "${raw}" is not a URL`);
  }
  if (url.protocol !== "http:") throw new Error(`${flag}: only http:// is supported`);
  if (!LOOPBACK_HOSTS.has(url.hostname)) throw new Error(`${flag}: only loopback addresses are allowed`);
  return url.origin;
}

function count(raw: string | undefined, flag: string, min: number, max: number): number {
  const n = Number(raw);
  if (raw === undefined || !Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${flag} needs a whole number from ${min} to ${max}`);
  }
  return n;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    viewers: DEFAULT_VIEWERS,
    iterations: DEFAULT_ITERATIONS,
    browserRuns: DEFAULT_BROWSER_RUNS,
    skipBuild: false,
    verbose: false,
    help: false,
  };
  let url: string | undefined;
  let simulatorUrl: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? "";
    const value = () => {
      i++;
      return argv[i];
    };
    switch (flag) {
      case "--url":
        url = loopbackUrl(value() ?? "", flag);
        break;
      case "--simulator":
        simulatorUrl = loopbackUrl(value() ?? "", flag);
        break;
      case "--viewers":
        options.viewers = count(value(), flag, 1, MAX_VIEWERS);
        break;
      case "--iterations":
        options.iterations = count(value(), flag, 1, MAX_ITERATIONS);
        break;
      case "--browser-runs":
        options.browserRuns = count(value(), flag, 0, MAX_BROWSER_RUNS);
        break;
      case "--port":
        options.port = count(value(), flag, 1024, 65_533);
        break;
      case "--skip-build":
        options.skipBuild = true;
        break;
      case "--verbose":
        options.verbose = true;
        break;
      case "--help":
      case "-h":
        options.help = true;
        break;
      default:
        throw new Error(`unknown option ${flag}\n\n${USAGE}`);
    }
  }
  if ((url === undefined) !== (simulatorUrl === undefined)) {
    throw new Error("--url and --simulator go together");
  }
  if (url && simulatorUrl) options.connect = { url, simulatorUrl };
  return options;
}

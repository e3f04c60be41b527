// A set of independent pollers, one per target (an account and Region, an account, an organization), run by
// one timer: each target is polled at the interval, backs off on throttling (doubling up to a bound), and is
// polled by at most one call at a time. Whether this replica polls at all is asked before every poll
// (`shouldPoll`), so leader election across replicas can be wired in without changing the pollers.

export interface PollTarget {
  key: string;
}

export interface PollOutcome {
  /** AWS throttled the poll: wait longer before the next one. */
  throttled?: boolean;
}

export interface PollSchedulerOptions<T extends PollTarget> {
  name: string;
  intervalMs: number;
  /** The targets now (re-read every cycle, so accounts added or removed in Settings are picked up). */
  targets: () => Promise<T[]>;
  poll: (target: T) => Promise<PollOutcome>;
  /** Called with the keys still polled after each refresh of the targets (to drop stale snapshots). */
  onTargets?: (keys: string[]) => Promise<void>;
  shouldPoll?: () => Promise<boolean>;
  /** [I] Longest wait after repeated throttling. */
  maxBackoffMs?: number;
  /** How often due targets are looked for. */
  tickMs?: number;
  /** How often the target list is re-read (and stale snapshots dropped); default min(interval, 15 s). */
  targetRefreshMs?: number;
  log?: (line: string) => void;
  now?: () => number;
}

export interface PollScheduler {
  /** Polls every target now (awaits them); for tests and the first fill at start. */
  pollAll(): Promise<void>;
  stop(): Promise<void>;
}

interface TargetState {
  dueAt: number;
  backoffMs: number;
  running?: Promise<void>;
}

export const DEFAULT_MAX_BACKOFF_FACTOR = 8;
/** [I] Accounts added or removed in Settings are picked up within this time. */
export const DEFAULT_TARGET_REFRESH_MS = 15_000;

export function startPollScheduler<T extends PollTarget>(options: PollSchedulerOptions<T>): PollScheduler {
  const now = options.now ?? Date.now;
  const shouldPoll = options.shouldPoll ?? (async () => true);
  const maxBackoff = options.maxBackoffMs ?? options.intervalMs * DEFAULT_MAX_BACKOFF_FACTOR;
  const tickMs = options.tickMs ?? Math.min(1000, options.intervalMs);
  const targetRefreshMs = options.targetRefreshMs ?? Math.min(options.intervalMs, DEFAULT_TARGET_REFRESH_MS);
  let targetsReadAt = -Infinity;
  let currentTargets: T[] = [];
  const states = new Map<string, TargetState>();
  let stopped = false;
  let ticking: Promise<void> | undefined;

  function run(target: T, state: TargetState): Promise<void> {
    if (state.running) return state.running;
    state.running = (async () => {
      try {
        const outcome = await options.poll(target);
        state.backoffMs = outcome.throttled
          ? Math.min(maxBackoff, Math.max(options.intervalMs, state.backoffMs * 2))
          : 0;
      } catch (error) {
        options.log?.(
          `${options.name} ${target.key}: ${error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        state.dueAt = now() + options.intervalMs + state.backoffMs;
        state.running = undefined;
      }
    })();
    return state.running;
  }

  async function refreshTargets(force: boolean): Promise<T[]> {
    if (!force && now() - targetsReadAt < targetRefreshMs) return currentTargets;
    const targets = await options.targets();
    targetsReadAt = now();
    currentTargets = targets;
    const keys = new Set(targets.map((t) => t.key));
    for (const key of [...states.keys()]) if (!keys.has(key)) states.delete(key);
    for (const target of targets) {
      if (!states.has(target.key)) states.set(target.key, { dueAt: 0, backoffMs: 0 });
    }
    await options.onTargets?.([...keys]);
    return targets;
  }

  async function cycle(all: boolean): Promise<void> {
    if (stopped || !(await shouldPoll())) return;
    const targets = await refreshTargets(all);
    const runs: Promise<void>[] = [];
    for (const target of targets) {
      const state = states.get(target.key);
      if (!state || stopped) continue;
      if (all || state.dueAt <= now()) runs.push(run(target, state));
    }
    if (all) await Promise.all(runs);
  }

  const timer = setInterval(() => {
    if (ticking) return;
    ticking = cycle(false)
      .catch((error: unknown) =>
        options.log?.(`${options.name}: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        ticking = undefined;
      });
  }, tickMs);
  timer.unref();

  return {
    pollAll: () => cycle(true),
    async stop() {
      stopped = true;
      clearInterval(timer);
      await ticking;
      await Promise.all([...states.values()].map((s) => s.running));
    },
  };
}

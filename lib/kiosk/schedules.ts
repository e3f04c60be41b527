import type { PushBus } from "@/lib/push/bus";

// One server-side refresh schedule per (dashboard, range, variables, width): it runs while at least one screen
// subscribes, refreshes through the metrics pipeline (so its shared cache is warm), then tells every screen on
// the dashboard's channel that new data is there. A run starts only after the previous one ended.

export interface ScheduleSpec {
  /** Identifies the schedule; screens with equal keys share one. */
  key: string;
  dashboardId: string;
  intervalMs: number;
}

export interface DataEvent {
  type: "data";
  dashboardId: string;
  scheduleKey: string;
  /** Epoch ms when the refresh ended. */
  at: number;
  ok: boolean;
  message?: string;
}

export function dashboardChannel(dashboardId: string): string {
  return `dashboard:${dashboardId}`;
}

interface Running {
  spec: ScheduleSpec;
  subscribers: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  inFlight: boolean;
  stopped: boolean;
  runs: number;
}

export interface ScheduleDeps {
  bus: PushBus;
  refresh: (spec: ScheduleSpec) => Promise<void>;
  now?: () => number;
}

export class RefreshSchedules {
  private readonly running = new Map<string, Running>();

  constructor(private readonly deps: ScheduleDeps) {}

  /** Starts (or joins) the schedule; the returned function leaves it, stopping it when nobody is left. */
  acquire(spec: ScheduleSpec): () => void {
    let entry = this.running.get(spec.key);
    if (!entry) {
      entry = { spec, subscribers: 0, timer: undefined, inFlight: false, stopped: false, runs: 0 };
      this.running.set(spec.key, entry);
      this.schedule(entry, 0);
    }
    entry.subscribers++;
    const joined = entry;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      joined.subscribers--;
      if (joined.subscribers > 0) return;
      joined.stopped = true;
      if (joined.timer) clearTimeout(joined.timer);
      this.running.delete(spec.key);
    };
  }

  size(): number {
    return this.running.size;
  }

  runsOf(key: string): number {
    return this.running.get(key)?.runs ?? 0;
  }

  private schedule(entry: Running, delayMs: number): void {
    entry.timer = setTimeout(() => void this.run(entry), delayMs);
    entry.timer.unref?.();
  }

  private async run(entry: Running): Promise<void> {
    entry.timer = undefined;
    if (entry.stopped || entry.inFlight) return;
    entry.inFlight = true;
    let ok = true;
    let message: string | undefined;
    try {
      await this.deps.refresh(entry.spec);
    } catch (error) {
      ok = false;
      message = error instanceof Error ? error.message : String(error);
    }
    entry.inFlight = false;
    entry.runs++;
    if (entry.stopped) return;
    const event: DataEvent = {
      type: "data",
      dashboardId: entry.spec.dashboardId,
      scheduleKey: entry.spec.key,
      at: (this.deps.now ?? Date.now)(),
      ok,
      ...(message ? { message } : {}),
    };
    try {
      await this.deps.bus.publish(dashboardChannel(entry.spec.dashboardId), JSON.stringify(event));
    } catch (error) {
      console.error("[watchwall] publishing a refresh event failed:", error);
    }
    if (!entry.stopped) this.schedule(entry, entry.spec.intervalMs);
  }
}

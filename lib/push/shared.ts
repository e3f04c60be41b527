import type { PushBus } from "./bus";
import { InProcessPushBus } from "./in-process-bus";

// One bus per server process. Next.js bundles each route separately, so module state is not shared between
// routes: the instance lives on globalThis. setPushBus lets the launcher install another implementation
// (e.g. PostgreSQL LISTEN/NOTIFY for replicas) before the first request.

const KEY = Symbol.for("watchwall.pushBus");
type Holder = { [KEY]?: PushBus };

export function pushBus(): PushBus {
  const holder = globalThis as Holder;
  holder[KEY] ??= new InProcessPushBus();
  return holder[KEY];
}

export function setPushBus(bus: PushBus): void {
  (globalThis as Holder)[KEY] = bus;
}

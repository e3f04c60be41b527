// One registry of cleanup work shared by the launcher and the code Next.js bundles (a separate module
// instance), so SIGTERM closes database pools opened inside route handlers too.

type Hook = () => Promise<void> | void;

interface Registry {
  hooks: Map<string, Hook>;
}

const KEY = Symbol.for("watchwall.shutdown");

function registry(): Registry {
  const holder = globalThis as { [KEY]?: Registry };
  holder[KEY] ??= { hooks: new Map() };
  return holder[KEY];
}

export function onShutdown(name: string, hook: Hook): void {
  registry().hooks.set(name, hook);
}

/** Runs hooks in reverse registration order (last opened, first closed); never throws. */
export async function runShutdownHooks(log: (line: string) => void = () => undefined): Promise<void> {
  const hooks = [...registry().hooks.entries()].reverse();
  registry().hooks.clear();
  for (const [name, hook] of hooks) {
    try {
      await hook();
    } catch (error) {
      log(`shutdown: ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

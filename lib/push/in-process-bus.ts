import type { PushBus } from "./bus";

/** Delivers within this process only; a subscriber that throws does not stop delivery to the others. */
export class InProcessPushBus implements PushBus {
  private readonly channels = new Map<string, Set<(payload: string) => void>>();

  publish(channel: string, payload: string): Promise<void> {
    for (const listener of [...(this.channels.get(channel) ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        console.error(`[watchwall] push subscriber on ${channel} failed:`, error);
      }
    }
    return Promise.resolve();
  }

  subscribe(channel: string, onMessage: (payload: string) => void): () => void {
    let listeners = this.channels.get(channel);
    if (!listeners) {
      listeners = new Set();
      this.channels.set(channel, listeners);
    }
    // A distinct wrapper per subscription, so subscribing the same function twice needs two unsubscribes.
    const entry = (payload: string) => onMessage(payload);
    listeners.add(entry);
    return () => {
      const set = this.channels.get(channel);
      if (!set) return;
      set.delete(entry);
      if (set.size === 0) this.channels.delete(channel);
    };
  }

  /** Channels with at least one subscriber (diagnostics and tests). */
  channelCount(): number {
    return this.channels.size;
  }
}

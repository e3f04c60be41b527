// Publish/subscribe between the server's parts (and, with another implementation, between replicas). Kept this
// small on purpose: a PostgreSQL LISTEN/NOTIFY implementation provides exactly the same interface.

export interface PushBus {
  publish(channel: string, payload: string): Promise<void>;
  /** Returns the function that ends the subscription. */
  subscribe(channel: string, onMessage: (payload: string) => void): () => void;
}

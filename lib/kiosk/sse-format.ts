// The text/event-stream wire format (WHATWG HTML, "server-sent events").

export interface SseMessage {
  event?: string;
  id?: string;
  data: string;
  retryMs?: number;
}

export function formatSse(message: SseMessage): string {
  let out = "";
  if (message.retryMs !== undefined) out += `retry: ${Math.round(message.retryMs)}\n`;
  if (message.id !== undefined) out += `id: ${message.id.replace(/[\r\n]/g, "")}\n`;
  if (message.event !== undefined) out += `event: ${message.event.replace(/[\r\n]/g, "")}\n`;
  for (const line of message.data.split(/\r\n|\r|\n/)) out += `data: ${line}\n`;
  return `${out}\n`;
}

/** Parses a complete stream text into messages (tests and the soak benchmark read streams with it). */
export function parseSse(text: string): SseMessage[] {
  const messages: SseMessage[] = [];
  for (const block of text.split(/\n\n/)) {
    if (!block.trim()) continue;
    const message: SseMessage = { data: "" };
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "data") data.push(value);
      else if (field === "event") message.event = value;
      else if (field === "id") message.id = value;
      else if (field === "retry") message.retryMs = Number(value);
    }
    message.data = data.join("\n");
    if (data.length > 0 || message.event !== undefined) messages.push(message);
  }
  return messages;
}

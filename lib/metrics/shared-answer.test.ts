import { describe, expect, it } from "vitest";
import { answerKey, sharedAnswer } from "./shared-answer";
import type { PanelRequest } from "./types";

const panel: PanelRequest = {
  key: "w1",
  accountId: "111111111111",
  region: "us-east-1",
  period: 300,
  queries: [
    {
      kind: "metric",
      id: "m1",
      namespace: "AWS/EC2",
      metricName: "CPUUtilization",
      dimensions: [],
      stat: "Average",
      visible: true,
    },
  ],
};

const NOW = Date.UTC(2026, 11, 7, 12, 1, 0);
const range = (now: number) => ({ start: now - 3 * 3600_000, end: now });

describe("answerKey", () => {
  it("is the same for viewers a few seconds apart in one aligned window, and differs by width", () => {
    const widths = new Map([["w1", 600]]);
    const a = answerKey([panel], range(NOW), NOW, widths);
    const b = answerKey([panel], range(NOW + 7_000), NOW + 7_000, widths);
    expect(b.key).toBe(a.key);
    expect(answerKey([panel], range(NOW), NOW, new Map([["w1", 900]])).key).not.toBe(a.key);
    const nextWindow = NOW + 300_000;
    expect(answerKey([panel], range(nextWindow), nextWindow, widths).key).not.toBe(a.key);
  });
});

describe("sharedAnswer", () => {
  it("assembles once for concurrent viewers and reuses a complete answer", async () => {
    let assembled = 0;
    const assemble = async () => {
      assembled++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { bytes: Buffer.from("[1]"), complete: true };
    };
    const answers = await Promise.all(Array.from({ length: 50 }, () => sharedAnswer("k1", 5_000, assemble)));
    expect(assembled).toBe(1);
    expect(answers.every((a) => a.bytes === answers[0]?.bytes)).toBe(true);
    expect(Buffer.from(answers[0]?.bytes ?? []).toString()).toBe("[1]");
    await sharedAnswer("k1", 5_000, assemble);
    expect(assembled).toBe(1);
  });

  it("shares an answer with errors only while it is being assembled", async () => {
    let assembled = 0;
    const assemble = async () => {
      assembled++;
      return { bytes: Buffer.from("[]"), complete: false };
    };
    await Promise.all([sharedAnswer("k2", 5_000, assemble), sharedAnswer("k2", 5_000, assemble)]);
    expect(assembled).toBe(1);
    await sharedAnswer("k2", 5_000, assemble);
    expect(assembled).toBe(2);
  });
});

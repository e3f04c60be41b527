import { describe, expect, it } from "vitest";
import { eachPage } from "./pages";

describe("eachPage", () => {
  it("reads until the answer has no token, passing each token on", async () => {
    const seen: Array<string | undefined> = [];
    const read = await eachPage(
      10,
      async (token) => {
        seen.push(token);
        return { next: token === undefined ? "a" : token === "a" ? "b" : undefined };
      },
      (page) => page.next,
    );
    expect(seen).toEqual([undefined, "a", "b"]);
    expect(read).toEqual({ pages: 3, truncated: false });
  });

  it("stops at maxPages when the token never ends, and says so", async () => {
    let calls = 0;
    const read = await eachPage(
      5,
      async () => {
        calls++;
        return "again";
      },
      (page) => page,
    );
    expect(calls).toBe(5);
    expect(read).toEqual({ pages: 5, truncated: true });
  });

  it("takes an empty token for the end, as some services send one", async () => {
    const read = await eachPage(
      5,
      async () => "",
      (page) => page,
    );
    expect(read).toEqual({ pages: 1, truncated: false });
  });
});

import type { WorkbookPort } from "../../src/core/ports";
import { lazyPort } from "../../src/taskpane/lazy-port";
import { untouchablePort } from "./fake-port";

describe("lazyPort", () => {
  test("downloads the implementation once, on first use, and forwards every call", async () => {
    const real = untouchablePort();
    let downloads = 0;
    const port = lazyPort(async () => {
      downloads++;
      return real as WorkbookPort;
    });
    expect(downloads).toBe(0);
    await Promise.allSettled([port.select("Fasi!H27"), port.writeCell("Fasi!H27", 50)]);
    await Promise.allSettled([port.load()]);
    expect(downloads).toBe(1);
    expect(real.calls).toEqual(["select", "writeCell", "load"]);
  });

  test("retries the download after a failure instead of failing forever", async () => {
    let attempts = 0;
    const port = lazyPort(async () => {
      attempts++;
      if (attempts === 1) throw new Error("rete assente");
      return untouchablePort() as WorkbookPort;
    });
    await expect(port.load()).rejects.toThrow("rete assente");
    await Promise.allSettled([port.load()]);
    expect(attempts).toBe(2);
  });
});

/**
 * The built task pane opened in a browser outside Office (no fake, no shim): it must show the
 * Italian "open it in Excel" screen, without script errors.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { OUT } from "./build";
import { browserTest, startE2e, stopE2e, type E2eEnv } from "./harness";

const it = browserTest();

describe("task pane in a browser, outside Office", () => {
  let env: E2eEnv | null = null;
  beforeAll(async () => {
    env = await startE2e();
  });
  afterAll(async () => stopE2e(env));

  it("shows how to open the pane in Excel, in Italian", async () => {
    const page = await env!.browser.newPage({
      viewport: { width: 360, height: 760 },
      locale: "it-IT",
    });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${env!.server.url}taskpane.html`);
    const heading = page.getByRole("heading", { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toBe("Apri Schede PEG in Excel");
    expect(await page.getByText("Carica componente aggiuntivo", { exact: false }).count()).toBe(1);
    expect(await page.getByText("office.js", { exact: false }).count()).toBe(0);
    mkdirSync(join(OUT, "screens"), { recursive: true });
    await page.screenshot({ path: join(OUT, "screens", "00-fuori-da-excel.png"), fullPage: true });
    expect(errors).toEqual([]);
  });
});

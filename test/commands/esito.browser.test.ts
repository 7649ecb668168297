/**
 * The built esito.html in headless Chromium, at about the size Office gives the dialog
 * (30% × 40% of a 1920 × 1080 screen): the outcome is drawn from the URL, markup in a
 * message is shown as text and never runs, the page passes axe, Chiudi is focused.
 * Screenshot: out/e2e/screens/15-esito-verifica.png. Skipped without Chromium (not in CI).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { encodeEsito, type Esito, type Lang } from "../../src/commands/esito-query";
import {
  SCREENS,
  axeViolations,
  browserTest,
  startE2e,
  stopE2e,
  type E2eEnv,
} from "../e2e/harness";

const DIALOG_VIEWPORT = { width: 576, height: 432 };
const it = browserTest();
let env: E2eEnv | null = null;

beforeAll(async () => {
  env = await startE2e();
});
afterAll(() => stopE2e(env));

async function openEsito(esito: Esito, lang: Lang = "it") {
  const page = await env!.browser.newPage({ viewport: DIALOG_VIEWPORT, locale: "it-IT" });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  // nothing leaves the machine (office.js tries its telemetry); the server has no favicon
  await page.route(
    (url) => !url.href.startsWith(env!.server.url),
    (route) => route.abort(),
  );
  await page.route(`${env!.server.url}favicon.ico`, (route) => route.fulfill({ status: 204 }));
  await page.goto(`${env!.server.url}esito.html?${encodeEsito(esito, lang)}`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return { page, errors };
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`) });
}

describe("esito dialog page in a browser", () => {
  it("shows Verifica's outcome with a message holding markup as plain text", async () => {
    const message =
      'Il peso della fase «Analisi» è <script>window.__pwned = 1</script> testo: scrivi 30.5 <img src=x onerror="window.__pwned = 2">';
    const { page, errors } = await openEsito({
      kind: "verifica",
      errors: 1,
      warnings: 3,
      cell: "Fasi!H12",
      message,
    });
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Verifica completata");
    expect(await page.getByRole("status").textContent()).toBe("1 errore e 3 avvisi.");
    expect(await page.locator(".esito-cell").textContent()).toBe("Fasi!H12");
    expect(await page.locator(".esito-message").textContent()).toBe(message);
    expect(await page.locator("#root script, #root img").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    const close = page.getByRole("button", { name: "Chiudi" });
    expect(await close.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("it");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "15-esito-verifica");
    await close.click(); // outside Office: window.close(), which the browser may ignore
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says in English that the scheda was generated", async () => {
    const { page, errors } = await openEsito(
      { kind: "scheda", code: "2021_S08_21", sheet: "2021_S08_21" },
      "en",
    );
    expect(await page.getByRole("status").textContent()).toBe(
      "Scheda 2021_S08_21 generated in the sheet «2021_S08_21».",
    );
    expect(await page.getByRole("button", { name: "Close" }).count()).toBe(1);
    await screenshot(page, "16-esito-scheda-en");
    expect(errors).toEqual([]);
    await page.close();
  });
});

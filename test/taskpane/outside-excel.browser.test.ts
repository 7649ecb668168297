/**
 * The built task pane, opened in headless Chromium outside Office, must show the Italian
 * "open it in Excel" screen. Builds into a temporary folder with office.js served locally.
 * Skipped (with a message) where Chromium is not installed; CI installs it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { serveStatic, type RunningServer } from "./static-server";

const ROOT = join(__dirname, "..", "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Chromium non trovato in ${CHROMIUM}: test del browser saltato.`);
const browserTest = haveChromium ? test : test.skip;

/** a production build into `dir`; a failure shows the end of webpack's report */
function build(dir: string): void {
  try {
    execFileSync(
      process.execPath,
      [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"],
      {
        cwd: ROOT,
        env: { ...process.env, OFFICE_JS_URL: "/office-js/office.js", BUILD_OUTPUT: dir },
        stdio: "pipe",
      },
    );
  } catch (error) {
    const output = String((error as { stdout?: Buffer }).stdout ?? "");
    throw new Error(`La build non è riuscita:\n${output.slice(-3000)}`);
  }
}

describe("task pane in a browser, outside Office", () => {
  let dist = "";
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!haveChromium) return;
    dist = mkdtempSync(join(tmpdir(), "schede-peg-dist-"));
    build(dist);
    server = await serveStatic(dist);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  browserTest("shows how to open the pane in Excel, in Italian", async () => {
    const page = await browser!.newPage({ viewport: { width: 360, height: 760 }, locale: "it-IT" });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server!.url}taskpane.html`);
    const heading = page.getByRole("heading", { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toBe("Apri Schede PEG in Excel");
    expect(await page.getByText("Carica componente aggiuntivo", { exact: false }).count()).toBe(1);
    expect(await page.getByText("office.js", { exact: false }).count()).toBe(0);
    mkdirSync(join(ROOT, "out"), { recursive: true });
    await page.screenshot({
      path: join(ROOT, "out", "taskpane-fuori-da-excel.png"),
      fullPage: true,
    });
    expect(errors).toEqual([]);
  });
});

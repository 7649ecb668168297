/**
 * Helpers of the end-to-end tests: one headless Chromium per test file, the built pane on a
 * local server, pages opened on a fresh fake workbook (`openPane`), screenshots (`shot`),
 * axe in the real browser and the list of scripts loaded before the pane's first render.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { serveStatic, type RunningServer } from "./static-server";
import type { E2eHandle, PageOptions } from "./browser/entry";
import { OUT, ensureBuild, pageScript } from "./build";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
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
/** about the size of Excel's task pane */
export const PANE_VIEWPORT = { width: 380, height: 900 };
export const SCREENS = join(OUT, "screens");

declare global {
  interface Window {
    __e2e: E2eHandle;
  }
}

/**
 * `test`, or `test.skip` with a visible warning when Chromium is missing; in CI a missing
 * Chromium is a failure, not a skip.
 */
export function browserTest(): jest.It {
  if (existsSync(CHROMIUM)) return test;
  const message = `Chromium non trovato in ${CHROMIUM} (impostare CHROMIUM_PATH).`;
  if (process.env.CI) {
    return ((name: string) =>
      test(name, () => {
        throw new Error(`${message} In CI il test end-to-end deve girare.`);
      })) as unknown as jest.It;
  }
  console.warn(`${message} Test end-to-end SALTATI.`);
  return test.skip;
}

export interface E2eEnv {
  readonly browser: Browser;
  readonly server: RunningServer;
  readonly dist: string;
  readonly script: string;
}

export async function startE2e(): Promise<E2eEnv | null> {
  if (!existsSync(CHROMIUM)) return null;
  const dist = await ensureBuild();
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return { browser, server, dist, script: pageScript() };
}

export async function stopE2e(env: E2eEnv | null): Promise<void> {
  await env?.browser.close();
  await env?.server.close();
}

/**
 * One test file's browser and static server, started before its tests and closed after them:
 * the file's `it` and its environment (the tests do not run when Chromium is missing).
 */
export function e2eSuite(): { it: jest.It; env: () => E2eEnv } {
  let started: E2eEnv | null = null;
  beforeAll(async () => {
    started = await startE2e();
  }, 900_000);
  afterAll(() => stopE2e(started));
  const env = (): E2eEnv => {
    if (!started) throw new Error("Ambiente end-to-end non avviato (Chromium mancante?).");
    return started;
  };
  return { it: browserTest(), env };
}

/** The fake workbook and Office the page starts with: empty, Italian, light theme. */
export function seedFake(options: Partial<PageOptions> = {}): PageOptions {
  return {
    displayLanguage: "it-IT",
    bodyBackgroundColor: "#ffffff",
    sample: false,
    userName: "",
    ...options,
  };
}

export interface OpenPane {
  readonly page: Page;
  /** uncaught errors and console errors of the page */
  readonly errors: string[];
}

/** Opens the task pane on a fresh fake workbook and waits for its title (any language). */
export async function openPane(env: E2eEnv, seed: PageOptions = seedFake()): Promise<OpenPane> {
  const page = await env.browser.newPage({ viewport: PANE_VIEWPORT, locale: "it-IT" });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  // nothing leaves the machine (office.js tries its telemetry); the server has no favicon
  await page.route(
    (url) => !url.href.startsWith(env.server.url),
    (route) => route.abort(),
  );
  await page.route(`${env.server.url}favicon.ico`, (route) => route.fulfill({ status: 204 }));
  await page.addInitScript({
    content: `window.__e2eOptions = ${JSON.stringify({ ...seed, origin: new URL(env.server.url).origin })};\n${TITLE_WATCH}\n${env.script}`,
  });
  await page.goto(`${env.server.url}taskpane.html`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return { page, errors };
}

/**
 * Screenshot of what the pane shows (380×900) into out/e2e/screens/<name>.png, scrolled to
 * `focus` when given.
 */
export async function shot(page: Page, name: string, focus?: Locator): Promise<string> {
  mkdirSync(SCREENS, { recursive: true });
  const path = join(SCREENS, `${name}.png`);
  await focus?.scrollIntoViewIfNeeded();
  await settled(page);
  await page.screenshot({ path });
  return path;
}

/**
 * Waits until no animation runs: colours measured while a panel fades in (Fluent's motion)
 * would fail the contrast check for nothing.
 */
export async function settled(page: Page): Promise<void> {
  // endless ones (a spinner) never finish and are left out
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Infinity,
      ),
  );
}

/** Serious and critical axe violations of the page as it is now, as short readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await settled(page);
  const hasAxe = await page.evaluate(() => "axe" in window);
  if (!hasAxe) {
    await page.addScriptTag({
      content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"),
    });
  }
  const lines = await page.evaluate(async () => {
    type Node = { target: unknown[]; failureSummary?: string };
    type Violation = { id: string; impact?: string; help: string; nodes: Node[] };
    type Context = { exclude: string[][] };
    type Axe = { run(context: Context): Promise<{ violations: Violation[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    // Tabster's focus guards (aria-hidden on purpose, Fluent's documented false positive)
    const { violations } = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .flatMap((v) =>
        v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} @ ${JSON.stringify(n.target)}`),
      );
  });
  return lines;
}

/**
 * Records when the pane's title first appears, for the list of scripts loaded before the
 * first render (see `scriptsBeforeTitle`).
 */
const TITLE_WATCH = `new MutationObserver((_m, observer) => {
  if (document.querySelector("h1")) {
    window.__e2eTitleAt = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });`;

export interface ScriptsBeforeTitle {
  /** requested before Office reported ready, i.e. before the pane could start rendering */
  readonly initial: string[];
  /** requested by the first render itself (views loaded on first use) */
  readonly byFirstRender: string[];
}

/** Paths of the scripts the page started to load before its title appeared. */
export async function scriptsBeforeTitle(page: Page): Promise<ScriptsBeforeTitle> {
  return page.evaluate(() => {
    const marks = window as unknown as { __e2eTitleAt: number; __e2eReadyAt: number };
    const scripts = performance
      .getEntriesByType("resource")
      .filter((e) => e.startTime < marks.__e2eTitleAt && new URL(e.name).pathname.endsWith(".js"));
    const path = (e: PerformanceEntry) => new URL(e.name).pathname;
    return {
      initial: scripts.filter((e) => e.startTime < marks.__e2eReadyAt).map(path),
      byFirstRender: scripts.filter((e) => e.startTime >= marks.__e2eReadyAt).map(path),
    };
  });
}

/**
 * Opens a section by its tab, or through the "⋯" menu when the pane is too narrow for its
 * tab (the menu lists it by its full name), in either language.
 */
export async function openSection(page: Page, name: string): Promise<void> {
  const direct = page.getByRole("tab", { name });
  if (await direct.isVisible()) return direct.click();
  await page.getByRole("tab", { name: /^(Altre sezioni|More sections)/ }).click();
  await page.getByRole("menuitem", { name }).click();
}

/** Elements reaching past the pane's right edge (they would need a horizontal scroll). */
export async function widerThanPane(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("#root *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.slice(0, 30)}"`),
  );
}

/**
 * Starts recording the values of the page's progress bars (aria-valuenow), so a test can
 * check that progress was shown even when the work ends quickly. Returns a reader.
 */
export async function watchProgress(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const seen: number[] = [];
    Object.assign(window, { __e2eProgress: seen });
    const record = () => {
      for (const bar of document.querySelectorAll("[role=progressbar]")) {
        const now = Number(bar.getAttribute("aria-valuenow"));
        if (seen[seen.length - 1] !== now) seen.push(now);
      }
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["aria-valuenow"],
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { __e2eProgress: number[] }).__e2eProgress);
}

/**
 * End to end in headless Chromium: the production build of the task pane on a fake Excel
 * workbook, used as an office worker would, from an empty workbook to printed schede.
 * Screenshots land in out/e2e/screens; axe runs on every view in the real layout.
 */
import type { Page } from "playwright-core";
import {
  axeViolations,
  browserTest,
  openPane,
  seedFake,
  shot,
  startE2e,
  stopE2e,
  watchProgress,
  type E2eEnv,
} from "./harness";
import { DATA_SHEETS, cellOf, dataPart, snapshotOf } from "./workbook";

const it = browserTest();
let env: E2eEnv | null = null;

beforeAll(async () => {
  env = await startE2e();
}, 900_000);
afterAll(() => stopE2e(env));

const OBJECTIVE = "2021_S08_00";
const NO_WEIGHT = "2021_S08_05";

/** serious and critical axe findings, per view; the story checks them all at the end */
const axe: Record<string, string[]> = {};
async function checkAxe(page: Page, view: string): Promise<void> {
  const found = await axeViolations(page);
  if (found.length > 0) axe[view] = found;
}

const tab = (page: Page, name: string) => page.getByRole("tab", { name });

it("from an empty workbook to the printed schede", async () => {
  const { page, errors } = await openPane(env!, seedFake({ sample: !!process.env.DBG }));
  if (!process.env.DBG) {
    // first run: the workbook has none of the tables
    await page.getByRole("heading", { name: "Prepariamo la cartella" }).waitFor();
    await shot(page, "01-primo-avvio");
    await checkAxe(page, "primo avvio");
    await page.getByRole("button", { name: "Prepara cartella" }).click();
    await page.getByText(/^Fogli creati: /).waitFor();
    const names0 = await page.evaluate(() => window.__e2e.sheetNames());
    expect(names0).toEqual(expect.arrayContaining(DATA_SHEETS));
    await shot(page, "02-cartella-preparata");

    await page.getByRole("button", { name: "Carica dati di esempio" }).click();
  }
  const names = await page.evaluate(() => window.__e2e.sheetNames());
  await page.getByText("31 di 31 obiettivi").waitFor();
  await shot(page, "03-cruscotto");
  await checkAxe(page, "cruscotto");

  // Rilevazione mensile: two values typed the Italian way
  await tab(page, "Rilevazione mensile").click();
  const picker = page.getByRole("combobox", { name: "Obiettivo" });
  await picker.fill("");
  await picker.pressSequentially(OBJECTIVE);
  await page.getByRole("option", { name: new RegExp(`^${OBJECTIVE} `) }).waitFor();
  await picker.press("Enter");
  expect(await picker.inputValue()).toMatch(new RegExp(`^${OBJECTIVE} — `));
  const progress = page.getByRole("textbox", { name: "Fase 1, Avanzamento (%)" });
  await progress.fill("50");
  const reached = page.getByRole("textbox", { name: "Indicatore 1, Valore raggiunto" });
  await reached.fill("3.500,5");
  await page.getByText("Modifiche da salvare: 2.").waitFor();
  await shot(page, "04-rilevazione");
  await checkAxe(page, "rilevazione mensile");

  // meanwhile a colleague sets the same phase to 40 % in the shared workbook
  const fase1 = { obiettivo: OBJECTIVE, numero: 1 };
  const cell = await cellOf(page, "tblFasi", fase1, "Avanzamento %");
  await page.evaluate(([a]) => window.__e2e.colleagueWrites(a, [[40]]), [cell.address]);

  await page.getByRole("button", { name: "Salva rilevazione" }).click();
  const nameBox = page.getByRole("textbox", { name: /Il tuo nome per il registro/ });
  await nameBox.fill("Maria Rossi");
  await nameBox.press("Enter");
  const conflict = page.getByRole("dialog", { name: "Un collega ha modificato gli stessi valori" });
  await conflict.waitFor();
  const mine = conflict.getByRole("radio", { name: "Il tuo valore: 50" });
  const theirs = conflict.getByRole("radio", { name: "Valore del collega: 40" });
  expect([await mine.count(), await theirs.count()]).toEqual([1, 1]);
  await shot(page, "05-conflitto");
  await checkAxe(page, "conflitto");
  await mine.check();
  await conflict.getByRole("button", { name: "Salva con queste scelte" }).click();
  await page
    .getByRole("status")
    .getByText(/^Rilevazione salvata: /)
    .waitFor();

  expect((await cellOf(page, "tblFasi", fase1, "Avanzamento %")).value).toBe(50);
  const indicator = await cellOf(page, "tblIndicatori", fase1, "Valore raggiunto");
  expect(indicator.value).toBe(3500.5);
  const history = page.getByRole("region", { name: "Rilevazioni precedenti" });
  await history.getByRole("listitem").filter({ hasText: "40 → 50" }).waitFor();
  expect(await history.getByText(/Maria Rossi/).count()).toBeGreaterThan(0);
  await shot(page, "06-rilevazione-salvata");

  // Verifica: the phase without a weight, and the cell it points at
  await tab(page, "Verifica").click();
  const weight = await cellOf(page, "tblFasi", { obiettivo: NO_WEIGHT, numero: 1 }, "Peso");
  expect(weight.value).toBe("");
  await page.getByRole("button", { name: new RegExp(`^Obiettivo ${NO_WEIGHT} \\(`) }).click();
  const goTo = page.getByRole("button", { name: `Vai alla cella ${weight.address}` });
  await goTo.waitFor();
  await shot(page, "07-verifica");
  await checkAxe(page, "verifica");
  await goTo.click();
  await page.waitForFunction((a) => window.__e2e.selection() === a, weight.address);

  // Schede: every objective, with the index; the data sheets stay as they were
  await tab(page, "Schede").click();
  const before = dataPart(await snapshotOf(page));
  await page.getByRole("radio", { name: "Tutti gli obiettivi (31)" }).check();
  const seenProgress = await watchProgress(page);
  await page.getByRole("button", { name: "Genera 31 schede" }).click();
  await page.getByText("Schede generate: 31.").waitFor();
  expect((await seenProgress()).length).toBeGreaterThan(0);
  const after = await page.evaluate(() => window.__e2e.sheetNames());
  const schede = after.filter((n) => !names.includes(n) && n !== "Indice schede");
  expect([schede.length, after.includes("Indice schede")]).toEqual([31, true]);
  expect(dataPart(await snapshotOf(page))).toEqual(before);
  await shot(page, "08-schede");
  await checkAxe(page, "schede");

  await tab(page, "Impostazioni").click();
  await page.getByRole("button", { name: "Salva impostazioni" }).waitFor();
  await shot(page, "09-impostazioni");
  await checkAxe(page, "impostazioni");

  expect(axe).toEqual({});
  expect(errors).toEqual([]);
  await page.close();
});

it("follows a dark Office theme", async () => {
  const { page } = await openPane(env!, seedFake({ bodyBackgroundColor: "#1f1f1f", sample: true }));
  await page.getByText("31 di 31 obiettivi").waitFor();
  const background = await page
    .locator(".fui-FluentProvider")
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
  expect(0.299 * r + 0.587 * g + 0.114 * b).toBeLessThan(128);
  await shot(page, "10-cruscotto-scuro");
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

it("speaks English when Office does", async () => {
  const { page } = await openPane(env!, seedFake({ displayLanguage: "en-US" }));
  await page.getByRole("button", { name: "Prepare workbook" }).waitFor();
  expect(await page.getByRole("tab", { name: "Monthly update" }).count()).toBe(1);
  await shot(page, "11-english");
  await page.close();
});

/**
 * The year's end in headless Chromium: the Nucleo validates an objective from the keyboard,
 * changes it with a motivazione, meets a colleague's change; then the Relazione is made at a
 * past month of the log, as for the half-year report.
 */
import type { Page } from "playwright-core";
import { axeViolations, e2eSuite, openPane, openSection, seedFake, shot } from "./harness";
import { records } from "./workbook";

const { it, env } = e2eSuite();
const CODICE = "2021_S08_20";

/** the address of the cell under `header` in the row whose first cell is `key` */
async function rowCell(page: Page, table: string, key: string, header: string): Promise<string> {
  const t = await page.evaluate((name) => window.__e2e.table(name), table);
  const row = t.rows.findIndex((r) => r[0] === key);
  const col = t.headers.indexOf(header);
  const [, letters, first] = /^(?:.*!)?\$?([A-Z]+)\$?(\d+)/.exec(t.address) ?? [];
  if (row < 0 || col < 0 || !letters) throw new Error(`${table}: ${header} di ${key}?`);
  const column = String.fromCharCode(letters.charCodeAt(0) + col);
  return `${t.sheet}!${column}${Number(first) + 1 + row}`;
}

it("Validazione: validated from the keyboard, locked, a colleague's change seen; Relazione at a past month", async () => {
  const { page, errors } = await openPane(
    env(),
    seedFake({ sample: true, userName: "Nucleo di valutazione" }),
  );
  await openSection(page, "Validazione");
  const validate = page.getByRole("button", { name: `Valida l'obiettivo ${CODICE}` });
  await validate.waitFor();
  await page.getByRole("heading", { name: "Distribuzione per fascia" }).waitFor();
  await shot(page, "40-validazione");
  expect(await axeViolations(page)).toEqual([]);

  // keyboard only: the button, the value, Enter
  await validate.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: `Valida l'obiettivo ${CODICE}` });
  await dialog.waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.type("85");
  await page.keyboard.press("Enter");
  await page.getByText(/^Obiettivo 2021_S08_20 validato dal Nucleo \(85%/).waitFor();
  let log = await records(page, "tblRilevazioni");
  expect(log.filter((r) => r.Obiettivo === CODICE).map((r) => r.Campo)).toEqual([
    "raggiungimentoValidato",
    "dataValidazione",
  ]);
  expect(log.at(-1)).toEqual(expect.objectContaining({ Utente: "Nucleo di valutazione" }));

  // locked: a change needs the motivazione, which the log keeps
  await page.getByRole("button", { name: `Modifica la validazione di ${CODICE}` }).click();
  const change = page.getByRole("dialog", { name: `Modifica la validazione di ${CODICE}` });
  await change.getByLabel("Raggiungimento validato %").fill("80");
  await change.getByRole("button", { name: "Registra" }).click();
  await change.getByText("Scrivi la motivazione: resta nel registro Rilevazioni.").waitFor();
  await change.getByLabel("Motivazione").fill("Indicatore 1 ricalcolato");
  await shot(page, "41-validazione-motivazione");
  await change.getByRole("button", { name: "Registra" }).click();
  await page.getByText(/^Obiettivo 2021_S08_20 validato dal Nucleo \(80%/).waitFor();
  log = await records(page, "tblRilevazioni");
  expect(log.at(-1)).toEqual(
    expect.objectContaining({
      "Valore nuovo": 80,
      "Nota / motivazione": "Indicatore 1 ricalcolato",
    }),
  );

  // a colleague validates meanwhile: nothing is overwritten
  const cell = await rowCell(page, "tblObiettivi", CODICE, "Raggiungimento validato %");
  await page.evaluate((address) => window.__e2e.colleagueWrites(address, [[70]]), cell);
  await page.getByRole("button", { name: `Modifica la validazione di ${CODICE}` }).click();
  await change.getByLabel("Raggiungimento validato %").fill("75");
  await change.getByLabel("Motivazione").fill("Revisione");
  await change.getByRole("button", { name: "Registra" }).click();
  await page
    .getByText(/^Un collega ha cambiato nel frattempo la validazione di 2021_S08_20/)
    .waitFor();
  expect(await page.evaluate((address) => window.__e2e.values(address), cell)).toEqual([[70]]);
  // closed, the dialog gives the pane back to screen readers
  await change.waitFor({ state: "detached" });
  await page.getByRole("tab", { name: "Schede" }).waitFor();

  // the reference month moves on to June: April, with its log rows, is a past month
  const month = await rowCell(page, "tblImpostazioni", "periodoRiferimento", "Valore");
  await page.evaluate((address) => window.__e2e.colleagueWrites(address, [["2021-06"]]), month);
  await openSection(page, "Schede");
  const section = page.getByRole("region", { name: "Relazione" });
  await section.getByRole("combobox", { name: "Periodo" }).click();
  await page.getByRole("option", { name: "aprile 2021" }).click();
  await section.getByRole("button", { name: "Genera relazione" }).click();
  await section
    .getByText(
      /^Avanzamenti, date e valori sono quelli registrati nel registro Rilevazioni fino alla fine di aprile 2021/,
    )
    .waitFor();
  await shot(page, "42-relazione-passata", section);
  expect(await axeViolations(page)).toEqual([]);
  const sheet = (await page.evaluate(() => window.__e2e.snapshot())).sheets.find(
    (s) => s.name === "Relazione",
  );
  const texts = Object.values(sheet?.cells ?? {}).map((c) => String(c.value ?? ""));
  expect(texts.some((t) => t.includes("aprile 2021"))).toBe(true);
  expect(texts.some((t) => t.includes("giugno 2021"))).toBe(false);
  expect(errors).toEqual([]);
});

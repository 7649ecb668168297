/**
 * Upkeep of the workbook in headless Chromium: a month closed and reopened with a
 * motivazione (Impostazioni and the Rilevazioni log change in the fake workbook), and the
 * one-click fix of Verifica on a number typed as Italian text.
 */
import type { Page } from "playwright-core";
import { axeViolations, openPane, openSection, seedFake, shot, e2eSuite } from "./harness";
import { cellOf, records } from "./workbook";

const { it, env } = e2eSuite();

const REASON = "Correzione del valore di un indicatore";

async function closedMonths(page: Page): Promise<unknown> {
  const rows = await records(page, "tblImpostazioni");
  return rows.find((r) => r.Chiave === "periodiChiusi")?.Valore;
}

async function lastLogRow(page: Page): Promise<Record<string, unknown> | undefined> {
  return (await records(page, "tblRilevazioni")).at(-1);
}

it("Impostazioni: a month is closed, then reopened with a motivazione", async () => {
  const { page, errors } = await openPane(env(), seedFake({ sample: true, userName: "Anna" }));
  await page.getByText("31 di 31 obiettivi").waitFor();
  await openSection(page, "Impostazioni");

  await page.getByRole("button", { name: "Chiudi aprile 2021" }).click();
  await page.getByText("aprile 2021 chiuso.").waitFor();
  expect(await closedMonths(page)).toBe("2021-04");
  expect(await lastLogRow(page)).toMatchObject({
    Periodo: "2021-04",
    Elemento: "Periodo",
    "Valore precedente": "aperto",
    "Valore nuovo": "chiuso",
    Utente: "Anna",
  });

  await page.getByRole("button", { name: "Riapri aprile 2021" }).click();
  const dialog = page.getByRole("dialog", { name: "Riapri aprile 2021" });
  await dialog.getByRole("textbox", { name: "Motivazione della riapertura" }).fill(REASON);
  await shot(page, "13-riapri-mese");
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole("button", { name: "Riapri" }).click();
  await page.getByText("aprile 2021 riaperto.").waitFor();
  expect(await closedMonths(page)).toBe("");
  expect(await lastLogRow(page)).toMatchObject({
    Periodo: "2021-04",
    "Valore precedente": "chiuso",
    "Valore nuovo": "aperto",
    "Nota / motivazione": REASON,
  });
  await page.getByRole("button", { name: "Chiudi aprile 2021" }).waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

it("Verifica: «Correggi» turns an Italian number typed as text into the number", async () => {
  const { page, errors } = await openPane(env(), seedFake({ sample: true }));
  await page.getByText("31 di 31 obiettivi").waitFor();
  // a colleague types the weight as text, as a cell formatted as text keeps it
  const fase = { obiettivo: "2021_S08_05", numero: 1 };
  const peso = await cellOf(page, "tblFasi", fase, "Peso");
  await page.evaluate((a) => window.__e2e.colleagueWrites(a, [["30,5"]]), peso.address);
  expect((await cellOf(page, "tblFasi", fase, "Peso")).value).toBe("30,5");

  await openSection(page, "Verifica");
  await page.getByRole("button", { name: "Verifica di nuovo" }).click();
  // the text is read as 30.5 with a warning (and its fix); the weights, no longer 100, are
  // an error on the same cell: one entry, under Errori, saying both and offering the fix (the
  // objective may also have warnings on other cells, under Avvertimenti)
  const groups = page.getByRole("button", { name: /^Obiettivo 2021_S08_05 \(/ });
  for (const group of await groups.all()) await group.click();
  const fix = page.getByRole("button", {
    name: new RegExp(`^Scrivi .* nella cella ${peso.address}$`),
  });
  await fix.first().waitFor();
  expect(await fix.count()).toBe(1);
  await page.getByText(/^Il numero è scritto come testo/).waitFor();
  await shot(page, "14-verifica-correggi", fix);
  await fix.click();
  await fix.waitFor({ state: "detached" });
  expect((await cellOf(page, "tblFasi", fase, "Peso")).value).toBe(30.5);
  expect(errors).toEqual([]);
  await page.close();
});

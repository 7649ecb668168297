/**
 * Importa in headless Chromium: from an empty workbook, the first-run card leads to Importa,
 * a CSV of the fixtures is chosen, one field of the proposed mapping is changed, and «Prepara
 * e importa» asks the name, creates the tables and writes the plan into the fake workbook, the
 * pane readable by screen readers as soon as the import is done; the same data as
 * an .xlsx is read by the reader the pane loads on first use.
 */
import { join } from "node:path";
import { ROOT } from "./build";
import { axeViolations, openPane, seedFake, shot, widerThanPane, e2eSuite } from "./harness";
import { monitoraggioXlsx } from "../fixtures/import/sheet-xlsx";
import { records } from "./workbook";

const { it, env } = e2eSuite();

const CSV = join(ROOT, "test", "fixtures", "import", "monitoraggio-2024-utf8.csv");
const ENCRYPTED = join(ROOT, "test", "fixtures", "producers", "broken-encrypted.xlsx");
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

it("imports a CSV into an empty workbook, with one field of the mapping changed", async () => {
  // no name yet: the name dialog closes as the import starts
  const { page, errors } = await openPane(env(), seedFake());
  await page.getByRole("button", { name: "Importa un piano esistente" }).click();
  const region = page.getByRole("region", { name: "Importa" });
  await region.getByText(/^Importa obiettivi, fasi/).waitFor();

  await page.getByLabel("File da importare (.csv, .xlsx, .txt)").setInputFiles(CSV);
  await page.getByText("Letto «monitoraggio-2024-utf8.csv»: CSV, separatore virgola").waitFor();
  const responsabile = page.getByRole("combobox", { name: "Obiettivi, Responsabile" });
  expect(await responsabile.textContent()).toContain("Responsabile");
  await responsabile.click();
  await page.getByRole("option", { name: "non importare" }).click();
  expect(await responsabile.textContent()).toContain("non importare");

  const preview = page.getByRole("table", { name: "I primi obiettivi come saranno importati" });
  await preview.getByRole("cell", { name: "OB01" }).waitFor();
  expect(await preview.getByRole("row").count()).toBe(4); // header and 3 objectives
  await page.getByText(/^Da aggiungere: 3 obiettivi, 4 fasi, 5 indicatori/).waitFor();
  await page.getByText(/^riga 12: /).waitFor();
  await page.getByText(/OB02 › Centro di responsabilità: tenuto «Viabilità»/).waitFor();
  await shot(page, "20-importa-mappa", responsabile);
  expect(await axeViolations(page)).toEqual([]);
  expect(await widerThanPane(page)).toEqual([]);

  await page.getByRole("button", { name: "Prepara e importa" }).click();
  const nameBox = page.getByRole("textbox", { name: /Il tuo nome per il registro/ });
  await nameBox.fill("Giulia Neri");
  await nameBox.press("Enter");
  await page
    .getByText(/^Importazione completata: aggiunti 3 obiettivi, 4 fasi, 5 indicatori/)
    .waitFor();
  await shot(page, "21-importa-fatto");
  // the import started once the dialog had gone: the pane is not hidden from screen readers,
  // and the focus is back on the button
  expect(await page.locator("[aria-hidden='true']:has(h1)").count()).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
    "Importa nella cartella",
  );
  expect(await axeViolations(page)).toEqual([]);

  const obiettivi = await records(page, "tblObiettivi");
  expect(obiettivi.map((o) => o.Codice)).toEqual(["OB01", "OB02", "OB03"]);
  expect(obiettivi.map((o) => o.Responsabile)).toEqual(["", "", ""]);
  expect(obiettivi[1]["Centro di responsabilità"]).toBe("Viabilità");
  const fasi = await records(page, "tblFasi");
  expect(fasi.filter((f) => f.Obiettivo === "OB01").map((f) => f.Peso)).toEqual([60, 40]);
  const log = await records(page, "tblRilevazioni");
  expect(log.length).toBeGreaterThan(0);
  expect(log.every((r) => r.Utente === "Giulia Neri")).toBe(true);
  expect(errors).toEqual([]);
});

it("reads an .xlsx as its CSV: the reader's message for a protected file, then the sheet", async () => {
  const { page, errors } = await openPane(env(), seedFake({ userName: "Giulia Neri" }));
  await page.getByRole("button", { name: "Importa un piano esistente" }).click();
  const input = page.getByLabel("File da importare (.csv, .xlsx, .txt)");

  await input.setInputFiles(ENCRYPTED);
  await page.getByText(/Il file «broken-encrypted\.xlsx» è protetto da password/).waitFor();

  await input.setInputFiles({
    name: "monitoraggio-2024.xlsx",
    mimeType: XLSX_TYPE,
    buffer: Buffer.from(await monitoraggioXlsx()),
  });
  await page
    .getByText("Letto «monitoraggio-2024.xlsx»: foglio «Export», decimali con la virgola.")
    .waitFor();
  expect(await page.getByText(/protetto da password/).count()).toBe(0);
  await page.getByText(/^Da aggiungere: 3 obiettivi, 4 fasi, 5 indicatori/).waitFor();
  // the row without a code, as the sheet numbers it: two rows of title above the headers
  await page.getByText(/^riga 14: /).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Prepara e importa" }).click();
  await page
    .getByText(/^Importazione completata: aggiunti 3 obiettivi, 4 fasi, 5 indicatori/)
    .waitFor();
  const obiettivi = await records(page, "tblObiettivi");
  expect(obiettivi.map((o) => o.Codice)).toEqual(["OB01", "OB02", "OB03"]);
  const fasi = await records(page, "tblFasi");
  expect(fasi.filter((f) => f.Obiettivo === "OB01").map((f) => f.Peso)).toEqual([60, 40]);
  expect(errors).toEqual([]);
});

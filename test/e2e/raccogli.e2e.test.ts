/**
 * «Raccogli file» in headless Chromium: a responsabile's file is made by the distribute code
 * path, one progress value is changed in it as the person would, the file is chosen in the
 * pane, its value is previewed and registered into the fake workbook with its log row.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { writePart } from "../../src/adapters/xlsx-file/distribuzione";
import { readModelFromXlsx } from "../../src/adapters/xlsx-file/workbook";
import { splitModel } from "../../src/core/distribuzione/split";
import { samplePeg } from "../../src/core/sample";
import { FASI, columnIndex } from "../../src/core/schema/tables";
import { tempDir } from "../adapters/xlsx-file/helpers";
import { axeViolations, openPane, openSection, seedFake, shot, e2eSuite } from "./harness";
import { records } from "./workbook";

const { it, env } = e2eSuite();
const tmp = tempDir();
afterAll(() => tmp.remove());

it("registers a value a responsabile changed in the returned file, logged under their name", async () => {
  const part = splitModel(samplePeg(), "responsabile").parts.find((p) => p.model.fasi.length > 0)!;
  const path = tmp.file("restituito.xlsx");
  await writePart(part.model, part.recipient, path);
  const fase = (await readModelFromXlsx(path)).model.fasi[0];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  wb
    .getWorksheet("Fasi")!
    .getCell(fase.origin!.row + 2, columnIndex(FASI, "avanzamento") + 1).value = 60;
  await wb.xlsx.writeFile(path);

  const { page, errors } = await openPane(
    env(),
    seedFake({ sample: true, userName: "Giulia Neri" }),
  );
  await openSection(page, "Raccogli file");
  const region = page.getByRole("region", { name: "Raccogli file" });
  await region.getByLabel("File restituiti (.xlsx)").setInputFiles({
    name: "restituito.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: readFileSync(path),
  });
  await region.getByRole("heading", { name: `«restituito.xlsx» di ${part.recipient}` }).waitFor();
  await region
    .getByText(`${fase.obiettivo} › fase ${fase.numero} › Avanzamento %: vuoto → «60»`)
    .waitFor();
  await shot(page, "30-raccogli-anteprima");
  expect(await axeViolations(page)).toEqual([]);

  await region.getByRole("button", { name: "Registra" }).click();
  await region.getByText(/^Registrati 1 valori, 1 righe in Rilevazioni/).waitFor();
  await shot(page, "31-raccogli-fatto");

  const fasi = await records(page, "tblFasi");
  const row = fasi.find((f) => f.Obiettivo === fase.obiettivo && f["N. fase"] === fase.numero);
  expect(row?.["Avanzamento %"]).toBe(60);
  const log = await records(page, "tblRilevazioni");
  expect(log.at(-1)).toEqual(
    expect.objectContaining({
      Obiettivo: fase.obiettivo,
      Utente: part.recipient,
      "Valore nuovo": 60,
    }),
  );
  expect(errors).toEqual([]);
});

/**
 * «Prepara l'anno successivo» in headless Chromium: from the keyboard, next year's plan is
 * opened as a new workbook (the bytes Excel is given open with the command line's reader and
 * hold the 2022 plan), the report lists what was carried, and the open workbook stays as it
 * was. Where Excel has no ExcelApi 1.8 the same file is offered as a download.
 */
import { openXlsxBytes } from "../../src/adapters/xlsx-file/read/open-bytes";
import { readRawWorkbook } from "../../src/adapters/xlsx-file/read/raw";
import type { PegModel } from "../../src/core/model/types";
import { parseWorkbook } from "../../src/core/parse";
import { samplePeg } from "../../src/core/sample";
import { axeViolations, e2eSuite, openPane, openSection, seedFake, shot } from "./harness";

const { it, env } = e2eSuite();

function planOf(bytes: Uint8Array): PegModel {
  return parseWorkbook(readRawWorkbook(openXlsxBytes(bytes, "peg-2022.xlsx"), "peg-2022.xlsx"))
    .model;
}

it("opens next year's plan as a new workbook and leaves this one as it was", async () => {
  const { page, errors } = await openPane(env(), seedFake({ sample: true }));
  const before = await page.evaluate(() => window.__e2e.snapshot());
  await openSection(page, "Versioni");
  const region = page.getByRole("region", { name: "Prepara l'anno successivo" });

  // the keyboard path: Space ticks the box, Enter in the year's field starts
  await region
    .getByRole("checkbox", { name: "Lascia fuori gli obiettivi conclusi o annullati" })
    .focus();
  await page.keyboard.press("Space");
  await region.getByRole("textbox", { name: /^Anno del nuovo PEG/ }).focus();
  await page.keyboard.press("Enter");
  await region
    .getByText(
      "Aperta in Excel una cartella nuova con il PEG 2022, preparato dal PEG 2021: salvala con un nome. Questa cartella non è cambiata.",
    )
    .waitFor();
  const sample = samplePeg();
  await region
    .getByText(
      `Riportati: ${sample.obiettivi.length} obiettivi, ${sample.fasi.length} fasi, ` +
        `${sample.indicatori.length} indicatori, ${sample.soggetti.length} soggetti.`,
    )
    .waitFor();
  await region.getByText("Esclusi: nessun obiettivo è concluso o annullato.").waitFor();
  const renamed = region.getByRole("list", { name: /^Codici con il nuovo anno/ });
  expect((await renamed.getByRole("listitem").allTextContents())[0]).toBe(
    `${sample.obiettivi[0].codice} → ${sample.obiettivi[0].codice.replace(/^2021/, "2022")}`,
  );

  const created = await page.evaluate(() => window.__e2e.createdWorkbooks());
  expect(created).toHaveLength(1);
  const next = planOf(Buffer.from(created[0], "base64"));
  expect(next.impostazioni.anno).toBe(2022);
  expect(next.obiettivi.map((o) => o.codice)).toEqual(
    sample.obiettivi.map((o) => o.codice.replace(/^2021_/, "2022_")),
  );
  expect(next.rilevazioni).toEqual([]);
  expect(await page.evaluate(() => window.__e2e.snapshot())).toEqual(before);

  await shot(page, "45-nuovo-anno-aperto", renamed);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

it("offers the file to download where Excel cannot open a new workbook", async () => {
  const { page, errors } = await openPane(
    env(),
    seedFake({ sample: true, excelApi: "1.7", displayLanguage: "en-US" }),
  );
  await openSection(page, "Versions");
  const region = page.getByRole("region", { name: "Prepare the next year" });
  await region.getByRole("textbox", { name: /^Year of the new PEG/ }).fill("2023");
  await region.getByRole("button", { name: "Prepare the next year" }).click();
  const link = region.getByRole("link", { name: "Download peg-2023.xlsx" });
  await link.waitFor();
  expect(await page.evaluate(() => window.__e2e.createdWorkbooks())).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("peg-2023.xlsx");
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const next = planOf(new Uint8Array(Buffer.concat(chunks)));
  expect(next.impostazioni.anno).toBe(2023);

  await shot(page, "46-nuovo-anno-scarica", link);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

/**
 * «Prepara l'anno successivo» on the strict fake: the tables are read once, next year's plan is
 * built as the command line builds a new workbook and handed to `Excel.createWorkbook`; the
 * bytes Excel receives open with the command line's reader and hold next year's plan. The
 * workbook open in the pane is not written.
 */
import {
  CREATE_BUDGET_BYTES,
  base64Of,
  openNewWorkbook,
} from "../../../src/adapters/excel-js/new-workbook";
import { createExcelPort } from "../../../src/adapters/excel-js";
import { modelXlsxBytes } from "../../../src/adapters/xlsx-file/new-workbook";
import { openXlsxBytes } from "../../../src/adapters/xlsx-file/read/open-bytes";
import { readRawWorkbook } from "../../../src/adapters/xlsx-file/read/raw";
import type { Month, PegModel } from "../../../src/core/model/types";
import { parseWorkbook } from "../../../src/core/parse";
import { samplePeg } from "../../../src/core/sample";
import { messagesFor } from "../../taskpane/messages";
import {
  NextYearRefused,
  prepareNextYear,
  type NextYearChoice,
} from "../../../src/taskpane/views/versioni/next-year";
import type { NewWorkbook } from "../../../src/taskpane/views/types";
import { PAYLOAD_LIMIT_BYTES } from "../../fakes/excel";
import { dataSnapshot, setupWorkbook, teardown } from "./generate.helpers";

afterEach(teardown);

const NEXT: NextYearChoice = { anno: null, withoutConcluded: false };

/** The sample in its year, with an achieved value, a concluded objective and a logged month. */
function closingYear(): PegModel {
  const model = samplePeg();
  const [first] = model.indicatori;
  return {
    ...model,
    obiettivi: model.obiettivi.map((o, i) => (i === 0 ? { ...o, stato: "Concluso" } : o)),
    indicatori: model.indicatori.map((ind) =>
      ind === first ? { ...ind, valoreRaggiunto: 42, valoreAnnoPrecedente: 30 } : ind,
    ),
    rilevazioni: [
      {
        periodo: "2021-04" as Month,
        obiettivo: first.obiettivo,
        elemento: "Indicatore",
        numero: first.numero,
        campo: "valoreRaggiunto",
        valorePrecedente: null,
        valoreNuovo: 42,
        nota: "",
        utente: "mario.conti",
        timestamp: "2021-04-30T10:00:00",
      },
    ],
  };
}

/** What the pane's bootstrap gives the view, with Excel's `createWorkbook` behind `open`. */
const inExcel: NewWorkbook = {
  bytesOf: modelXlsxBytes,
  open: async (bytes) => ((await openNewWorkbook(bytes)) ? "opened" : "tooLarge"),
};

function opened(bytes: Uint8Array): PegModel {
  const raw = readRawWorkbook(openXlsxBytes(bytes, "peg-2022.xlsx"), "peg-2022.xlsx");
  const parsed = parseWorkbook(raw);
  expect(parsed.missingTables).toEqual([]);
  return parsed.model;
}

describe("next year's plan opened as a new workbook", () => {
  it("gives Excel next year's workbook, read in one round trip, the open one untouched", async () => {
    const source = closingYear();
    const { book, fake } = setupWorkbook(source);
    const before = dataSnapshot(book);

    const prepared = await prepareNextYear(
      createExcelPort(),
      inExcel,
      NEXT,
      messagesFor("it"),
      "it",
    );

    expect(prepared.opened).toBe("opened");
    expect(fake.stats().syncs).toBe(1);
    expect(dataSnapshot(book)).toEqual(before);
    expect(fake.createdWorkbooks).toHaveLength(1);
    expect(fake.createdWorkbooks[0]).toEqual(prepared.bytes);

    const next = opened(fake.createdWorkbooks[0]);
    expect(next.obiettivi.map((o) => o.codice)).toEqual(
      source.obiettivi.map((o) => o.codice.replace(/^2021_/, "2022_")),
    );
    expect(next.obiettivi.every((o) => o.anno === 2022)).toBe(true);
    const [first] = source.indicatori;
    const carried = next.indicatori.find(
      (i) =>
        i.obiettivo === first.obiettivo.replace(/^2021_/, "2022_") && i.numero === first.numero,
    );
    expect(carried).toEqual(
      expect.objectContaining({
        valoreRaggiunto: null,
        valoreAnnoPrecedente: 42,
        valoreDueAnniPrima: 30,
      }),
    );
    expect(next.rilevazioni).toEqual([]);
    expect(next.impostazioni.anno).toBe(2022);
    expect(next.impostazioni.periodoRiferimento).toBe("2022-01");
    expect(next.fasi).toHaveLength(source.fasi.length);

    // the report the pane shows is the command line's
    expect(prepared.report.carried.objectives).toBe(source.obiettivi.length);
    expect(prepared.report.renamed[0]).toEqual({
      from: source.obiettivi[0].codice,
      to: next.obiettivi[0].codice,
    });
    expect(prepared.fates).toContain("Registro Rilevazioni: 1 riga non riportata.");
    expect(prepared.checks[0]).toMatch(/^1 obiettivo concluso o annullato è stato riportato/);
  });

  it("leaves the concluded objectives out and goes to the year asked for", async () => {
    const source = closingYear();
    const { fake } = setupWorkbook(source);
    const prepared = await prepareNextYear(
      createExcelPort(),
      inExcel,
      { anno: 2023, withoutConcluded: true },
      messagesFor("en"),
      "en",
    );
    const next = opened(fake.createdWorkbooks[0]);
    const gone = source.obiettivi[0].codice;
    expect(prepared.report.dropped).toEqual([{ codice: gone, reason: "Concluso" }]);
    expect(next.obiettivi).toHaveLength(source.obiettivi.length - 1);
    expect(next.obiettivi.map((o) => o.codice)).not.toContain(gone.replace(/^2021_/, "2023_"));
    expect(next.impostazioni.anno).toBe(2023);
    // two years on, the value reached in 2021 is the value of two years before
    expect(prepared.fates).toContain(
      'Values of the previous years: "Valore raggiunto" → "Valore due anni prima".',
    );
  });

  it("refuses a year that is not later, before building anything", async () => {
    const { fake } = setupWorkbook(closingYear());
    const bytesOf = jest.fn(modelXlsxBytes);
    await expect(
      prepareNextYear(
        createExcelPort(),
        { ...inExcel, bytesOf },
        { anno: 2021, withoutConcluded: false },
        messagesFor("it"),
        "it",
      ),
    ).rejects.toThrow(
      new NextYearRefused("Il 2021 non è dopo l'anno del PEG (2021): scegli un anno successivo."),
    );
    expect(bytesOf).not.toHaveBeenCalled();
    expect(fake.createdWorkbooks).toEqual([]);
  });

  it("keeps the file for a download where Excel cannot open a new workbook", async () => {
    const { fake } = setupWorkbook(closingYear());
    const prepared = await prepareNextYear(
      createExcelPort(),
      { bytesOf: modelXlsxBytes, open: () => Promise.resolve("notSupported") },
      NEXT,
      messagesFor("it"),
      "it",
    );
    expect(prepared.opened).toBe("notSupported");
    expect(fake.createdWorkbooks).toEqual([]);
    expect(opened(prepared.bytes).impostazioni.anno).toBe(2022);
  });
});

describe("Excel.createWorkbook in the fake", () => {
  it("refuses text that is not Base64", async () => {
    const { fake } = setupWorkbook(samplePeg());
    await expect(fake.Excel.createWorkbook("UEsDBA==!")).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(fake.createdWorkbooks).toEqual([]);
  });

  it("refuses a file whose Base64 is over a request's 5 MB", async () => {
    const { fake } = setupWorkbook(samplePeg());
    const big = base64Of(new Uint8Array(Math.ceil((PAYLOAD_LIMIT_BYTES * 3) / 4) + 3));
    await expect(fake.Excel.createWorkbook(big)).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
    expect(fake.createdWorkbooks).toEqual([]);
  });

  it("is not asked to open a file over the budget of one request", async () => {
    const { fake } = setupWorkbook(samplePeg());
    const over = new Uint8Array((CREATE_BUDGET_BYTES / 4) * 3 + 3);
    expect(await openNewWorkbook(over)).toBe(false);
    expect(fake.createdWorkbooks).toEqual([]);
    const fits = new Uint8Array((CREATE_BUDGET_BYTES / 4) * 3).map((_, i) => i % 256);
    expect(await openNewWorkbook(fits)).toBe(true);
    expect(fake.createdWorkbooks).toEqual([fits]);
  });

  it("encodes every byte value as Base64", () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
    expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});

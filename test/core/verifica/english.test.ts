/**
 * The verifica in English: on faulty data every message of the parser and of the model checks
 * has its English text (no Italian left), while rules, cells and severities stay the same.
 */
import type { Lang } from "../../../src/core/text/lang";
import type { PegModel } from "../../../src/core/model/types";
import type { RawWorkbook } from "../../../src/core/schema/raw";
import type { TableDef } from "../../../src/core/schema/types";
import { parseWorkbook } from "../../../src/core/parse";
import {
  FASI,
  IMPOSTAZIONI,
  INDICATORI,
  OBIETTIVI,
  RILEVAZIONI,
  SOGGETTI,
} from "../../../src/core/schema/tables";
import {
  checkModel,
  checkParsed,
  missingTableProblems,
  unusableReasons,
  type Problem,
} from "../../../src/core/verifica";
import { fase, indicatore, iso, model, obiettivo, soggetto } from "../../fixtures/model";
import { italianIn } from "../../fixtures/italian";
import { rawTable, row } from "../parse/helpers";

/** A model breaking as many rules as it can at once. */
function faultyModel(): PegModel {
  const withRows = <T extends object>(list: T[]): T[] =>
    list.map((r, i) => ({ ...r, origin: { row: i } }));
  return model({
    obiettivi: withRows([
      obiettivo("OB1", { ambiti: "Digitalizzazione; Spazio", anno: 1990 }),
      obiettivo("OB1", { responsabile: "" }),
      obiettivo("", { descrizione: "Senza codice" }),
      obiettivo("OB3", { stato: "In Corso" }),
      obiettivo("OB4"),
      obiettivo("OB5"),
    ]),
    fasi: withRows([
      fase("OB1", 1, { peso: null }),
      fase("OB1", 1, { peso: 30, descrizione: "" }),
      fase("OB3", 1, {
        peso: 50,
        inizioPrevista: iso("2021-06-01"),
        finePrevista: iso("2021-03-01"),
      }),
      fase("OB3", 2, { peso: 20, inizioPrevista: null, finePrevista: iso("2023-01-01") }),
      fase("NONE", 1, { peso: 100 }),
      fase("", 2, { peso: 100 }),
      fase("OB3", 3, { peso: 1.5, avanzamento: 130 }),
    ]),
    indicatori: withRows([
      indicatore("OB1", 1, { unita: "si/no", valoreAtteso: 4 }),
      indicatore("OB1", 1, { valoreAtteso: null, regola: "soglia", valoreMinimo: null }),
      indicatore("OB1", 2, { regola: "progresso", valoreAnnoPrecedente: null }),
      indicatore("OB1", 3, { nonValutabile: true, motivoNonValutabile: "" }),
      indicatore("OB1", 4, { raggiungimentoForzato: 80, motivazioneForzatura: "" }),
      indicatore("OB1", 5, { polarita: "crescente", valoreAtteso: 7, valoreAnnoPrecedente: 7 }),
      indicatore("ZZ", 1, { descrizione: "x".repeat(40_000) }),
      indicatore("OB4", 1, { unita: "si/no", valoreAtteso: 1 }),
    ]),
    soggetti: withRows([
      soggetto("OB1", "Rossi", { impegno: 150 }),
      soggetto("OB1", "rossi"),
      soggetto("OB1", "Bianchi", { dataInizio: iso("2021-05-01"), dataFine: iso("2021-01-01") }),
      soggetto("XX", ""),
    ]),
  });
}

/** A workbook whose cells, headers and settings are wrong in every way the parser reads. */
function faultyWorkbook(): RawWorkbook {
  const noRequired = OBIETTIVI.columns.filter((c) => c.key !== "descrizione");
  return {
    obiettivi: rawTable(
      OBIETTIVI,
      [noRequired.map((c) => (c.key === "codice" ? "OB1" : c.key === "anno" ? "duemila" : ""))],
      { headers: [...noRequired.map((c) => c.header), "Codice"] },
    ),
    fasi: {
      ...rawTable(FASI, [
        row(FASI, { obiettivo: "OB1", numero: 1, peso: "trenta", inizioPrevista: "32/13/2021" }),
        row(FASI, { obiettivo: "OB1", numero: 2, peso: "40,5", finePrevista: "31/12/2021" }),
        row(FASI, { obiettivo: "OB1", numero: "", peso: "#DIV/0!" }),
        row(FASI, { obiettivo: "OB1", numero: 1.5, descrizione: 44197, peso: 0 }),
      ]),
      // a text Excel turned into a date; a formula never calculated
      looks: [
        undefined,
        undefined,
        undefined,
        new Map([
          [col(FASI, "descrizione"), "date"],
          [col(FASI, "peso"), "uncalculated"],
        ]),
      ],
    },
    indicatori: rawTable(INDICATORI, [
      row(INDICATORI, { obiettivo: "OB1", numero: 1, polarita: "storta", nonValutabile: "forse" }),
      row(INDICATORI, { obiettivo: "OB1", numero: "" }),
    ]),
    soggetti: rawTable(SOGGETTI, [row(SOGGETTI, { obiettivo: "OB1", nominativo: "Rossi" })], {
      headers: SOGGETTI.columns.filter((c) => c.key !== "impegno").map((c) => c.header),
    }),
    rilevazioni: rawTable(RILEVAZIONI, [
      row(RILEVAZIONI, { periodo: "aprile" }),
      row(RILEVAZIONI, { periodo: 44287, elemento: "fase", timestamp: "2021/04/30 10:00" }),
      row(RILEVAZIONI, { periodo: "2021-04", elemento: "" }),
      row(RILEVAZIONI, { periodo: "2021-04", elemento: "fase", timestamp: "" }),
      row(RILEVAZIONI, { periodo: "2021-04", elemento: "fase", timestamp: "ieri" }),
    ]),
    impostazioni: rawTable(IMPOSTAZIONI, [
      row(IMPOSTAZIONI, { chiave: "sconosciuta", valore: 1 }),
      row(IMPOSTAZIONI, { chiave: "anno", valore: "mille" }),
      row(IMPOSTAZIONI, { chiave: "anno", valore: 2021 }),
      row(IMPOSTAZIONI, { chiave: "tolleranzaRitardo", valore: "" }),
      row(IMPOSTAZIONI, { chiave: "periodoRiferimento", valore: "maggio" }),
      row(IMPOSTAZIONI, { chiave: "periodiChiusi", valore: "2021-01;gennaio" }),
      row(IMPOSTAZIONI, { chiave: "entePiccolo", valore: "forse" }),
      row(IMPOSTAZIONI, { chiave: "sogliaCritico", valore: 150 }),
    ]),
  };
}

const col = (def: TableDef, key: string): number => def.columns.findIndex((c) => c.key === key);

function problemsIn(lang: Lang): Problem[] {
  const parsed = parseWorkbook(faultyWorkbook(), lang);
  return [
    ...checkParsed(parsed, lang),
    ...checkModel(faultyModel(), undefined, lang),
    ...missingTableProblems(["soggetti", "rilevazioni"], lang),
  ];
}

const where = (p: Problem) => [p.severity, p.rule, p.sheet, p.row, p.column, p.cell, p.objective];

describe("the verifica in English", () => {
  const it_ = problemsIn("it");
  const en = problemsIn("en");

  it("the faulty data break many rules, so the check below means something", () => {
    expect(new Set(it_.map((p) => p.rule)).size).toBeGreaterThanOrEqual(40);
  });

  it("finds the same problems, at the same cells, in both languages", () => {
    expect(en.map(where)).toEqual(it_.map(where));
  });

  it("leaves no Italian in the English messages", () => {
    const left = en
      .map((p) => ({ rule: p.rule, italian: italianIn(p.message), message: p.message }))
      .filter((x) => x.italian.length > 0);
    expect(left).toEqual([]);
  });

  it("the Italian messages do have the Italian words the check looks for", () => {
    expect(it_.filter((p) => italianIn(p.message).length > 0).length).toBeGreaterThan(
      it_.length / 2,
    );
  });

  it("writes numbers the English way", () => {
    const weight = en.find((p) => p.rule === "fasi.peso.testo-numero");
    expect(weight?.message).toContain("read as 40.5");
  });

  it("says in English why a workbook is not a PEG workbook", () => {
    const reasons = unusableReasons(parseWorkbook({ fasi: faultyWorkbook().fasi }, "en"), "en");
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.flatMap(italianIn)).toEqual([]);
  });
});

/** Temp files, xlsx parts read with `unzip -p` (independent of ExcelJS) and a small model. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  emptyIndicatorePiao,
  emptyModel,
  emptyObiettivoPiao,
  emptyValidazione,
} from "../../../src/core/model/defaults";
import type { IsoDate, Month, PegModel } from "../../../src/core/model/types";
import { addVersion } from "../../../src/adapters/xlsx-file/versions";
import {
  openXlsx,
  writeModelXlsx,
  writePackageFile,
} from "../../../src/adapters/xlsx-file/workbook";
import type { SavedVersion } from "../../../src/core/cycle/versions";

export function tempDir(): { dir: string; file(name: string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "schede-peg-"));
  return {
    dir,
    file: (name) => join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** One part of the zip, as text. */
export function zipPart(file: string, part: string): string {
  return execFileSync("unzip", ["-p", file, part], { encoding: "utf8" });
}

export function zipParts(file: string): string[] {
  return execFileSync("unzip", ["-Z1", file], { encoding: "utf8" }).split("\n").filter(Boolean);
}

/** Attribute values of every `<tag …>` in an XML text, in document order. */
export function xmlAttrs(xml: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of xml.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/([\w:]+)="([^"]*)"/g)) attrs[a[1]] = unescapeXml(a[2]);
    out.push(attrs);
  }
  return out;
}

export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

const d = (s: string): IsoDate => s as IsoDate;

/** Descriptions that a careless writer would turn into formulas, dates or numbers. */
export const TRICKY_TEXTS = ["=SOMMA(A1:A3)", "+39 02 1234", "-riduzione", "@utente", "00123"];

/** A small valid model touching every column type. */
export function smallModel(): PegModel {
  const m = emptyModel();
  m.impostazioni = { ...m.impostazioni, ente: "Comune di Prova", vista: "DUP 2021-2023" };
  m.impostazioni.periodiChiusi = ["2021-01" as Month, "2021-02" as Month];
  const base = {
    anno: 2021,
    assessorato: "Bilancio",
    centroResponsabilita: "Settore Finanze",
    settore: "Finanze",
    responsabile: "ROSSI ANNA",
    mandatoCodice: "DUP_01",
    mandato: "Città più semplice",
    missioneCodice: "",
    missione: "",
    programmaCodice: "",
    programma: "",
    stato: "In Corso" as const,
    statoAttuazione: "Avviato «con» virgolette “curve” e a capo\nseconda riga",
    modalitaAttuazione: "",
    peso: null,
    note: "",
    ...emptyObiettivoPiao(),
    ...emptyValidazione(),
  };
  m.obiettivi = [
    {
      ...base,
      codice: "2021_T01",
      descrizione: TRICKY_TEXTS[0],
      // the optional PIAO columns, written and read like the others
      valorePubblicoCodice: "VP_02",
      valorePubblico: "Servizi digitali per tutti",
      strategicoDupCodice: "SeS 1.2",
      strategicoDup: "Una città più semplice",
      ambiti: "digitalizzazione; PNRR",
      // the Nucleo's optional columns, likewise
      raggiungimentoValidato: 85.5,
      notaNucleo: "Validato «con» riserva",
      dataValidazione: "2022-03-15" as IsoDate,
    },
    { ...base, codice: "2021_T02", descrizione: "Obiettivo due", peso: 2.5, stato: "Concluso" },
  ];
  const fase = {
    inizioEffettiva: null,
    fineEffettiva: null,
    responsabile: "",
    centroResponsabilita: "",
    note: "",
  };
  m.fasi = [
    {
      ...fase,
      obiettivo: "2021_T01",
      numero: 1,
      descrizione: TRICKY_TEXTS[1],
      inizioPrevista: d("2021-01-01"),
      finePrevista: d("2021-06-30"),
      inizioEffettiva: d("2021-01-15"),
      peso: 40,
      avanzamento: 55.5,
    },
    {
      ...fase,
      obiettivo: "2021_T01",
      numero: 2,
      descrizione: TRICKY_TEXTS[2],
      inizioPrevista: d("2021-07-01"),
      finePrevista: d("2021-12-31"),
      peso: 60,
      avanzamento: null,
      note: TRICKY_TEXTS[4],
    },
    {
      ...fase,
      obiettivo: "2021_T02",
      numero: 1,
      descrizione: "Unica fase",
      inizioPrevista: d("2021-02-01"),
      finePrevista: d("2021-03-31"),
      fineEffettiva: d("2021-03-20"),
      peso: 100,
      avanzamento: 100,
    },
  ];
  m.indicatori = [
    {
      obiettivo: "2021_T01",
      numero: 1,
      descrizione: TRICKY_TEXTS[3],
      tipo: "EFFICACIA",
      unita: "numero",
      polarita: "crescente",
      regola: "lineare",
      valoreMinimo: null,
      valoreAtteso: 3500,
      valoreRaggiunto: 1234.75,
      valoreAnnoPrecedente: 3000,
      valoreDueAnniPrima: null,
      peso: null,
      cumulativo: true,
      nonValutabile: false,
      motivoNonValutabile: "",
      raggiungimentoForzato: null,
      motivazioneForzatura: "",
      note: "",
      baseline: 2800,
      annoBaseline: 2019,
      valoreAttesoAnnoDopo: 3800,
      valoreAttesoDueAnniDopo: 4000.5,
      fonte: "Protocollo informatico",
      frequenza: "trimestrale",
    },
    {
      obiettivo: "2021_T02",
      numero: 1,
      descrizione: "Delibera approvata (si=1 no=0)",
      tipo: "QUALITATIVO",
      unita: "si/no",
      polarita: "crescente",
      regola: "si/no",
      valoreMinimo: null,
      valoreAtteso: 1,
      valoreRaggiunto: 1,
      valoreAnnoPrecedente: null,
      valoreDueAnniPrima: null,
      peso: 1,
      cumulativo: false,
      nonValutabile: false,
      motivoNonValutabile: "",
      raggiungimentoForzato: 90,
      motivazioneForzatura: "Deciso dal nucleo di valutazione",
      note: "",
      ...emptyIndicatorePiao(),
    },
  ];
  m.soggetti = [
    {
      obiettivo: "2021_T01",
      nominativo: "BIANCHI LUCA",
      relazione: "Posizione Organizzativa",
      impegno: 25,
      dataInizio: d("2021-01-01"),
      dataFine: null,
    },
  ];
  m.rilevazioni = [
    {
      periodo: "2021-04" as Month,
      obiettivo: "2021_T01",
      elemento: "Fase",
      numero: 1,
      campo: "avanzamento",
      valorePrecedente: 40,
      valoreNuovo: 55.5,
      nota: "=non una formula",
      utente: "anna.rossi",
      timestamp: "2021-04-30T17:45:00",
      origine: "foglio",
    },
  ];
  return m;
}

/** A model without the `origin` bookkeeping the parser adds, for comparisons. */
export function withoutOrigin(model: PegModel): PegModel {
  const strip = <T extends { origin?: unknown }>(rows: T[]): T[] =>
    rows.map((r) => {
      const copy = { ...r };
      delete copy.origin;
      return copy;
    });
  return {
    impostazioni: model.impostazioni,
    obiettivi: strip(model.obiettivi),
    fasi: strip(model.fasi),
    indicatori: strip(model.indicatori),
    soggetti: strip(model.soggetti),
    rilevazioni: strip(model.rilevazioni),
  };
}

/** A new workbook with the model's tables, then each version added as `versione` adds it. */
export async function writeModelWithVersions(
  model: PegModel,
  versions: readonly SavedVersion[],
  path: string,
): Promise<void> {
  await writeModelXlsx(model, path);
  for (const v of versions) await writePackageFile(addVersion(await openXlsx(path), v), path);
}

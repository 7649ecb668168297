/**
 * The sample data set against the committed report text: every record must be found in the
 * report, with its values where the report prints them. Nothing here copies the JSON.
 */
import { SAMPLE_SOURCE, samplePeg } from "../../../src/core/sample";
import {
  defaultImpostazioni,
  emptyIndicatorePiao,
  emptyObiettivoPiao,
} from "../../../src/core/model/defaults";
import data from "../../../src/core/sample/peg-2021.json";
import type { TableDef } from "../../../src/core/schema/types";
import { FASI, INDICATORI, OBIETTIVI, SOGGETTI } from "../../../src/core/schema/tables";
import {
  POLARITA,
  REGOLE_CALCOLO,
  STATI_OBIETTIVO,
  TIPI_INDICATORE,
  UNITA_INDICATORE,
} from "../../../src/core/schema/enums";
import type { Fase, Indicatore } from "../../../src/core/model/types";
import {
  INDICATOR_LINES,
  PHASE_HEADERS,
  REPORT_LINES,
  italianDate,
  italianNumber,
  normalise,
  positionInReport,
  schedaLines,
  schedaText,
} from "./report";

const model = samplePeg();
const CODE_LINE = /^(2021_S\d\d_\d\d) /;

function phaseSnippet(f: Fase): string {
  const parts = [f.descrizione, PHASE_HEADERS, italianDate(f.inizioPrevista ?? "")];
  parts.push(italianDate(f.finePrevista ?? ""));
  if (f.peso !== null) parts.push(italianNumber(f.peso));
  if (f.responsabile !== "") parts.push(f.responsabile);
  parts.push(f.centroResponsabilita, italianDate(f.inizioEffettiva ?? ""));
  return parts.join(" ");
}

/** description, type, then the values in column order as the report prints them */
function indicatorSnippet(i: Indicatore): string {
  const values = [i.valoreAtteso, i.valoreRaggiunto, i.valoreAnnoPrecedente, i.valoreDueAnniPrima];
  const printed = values.filter((v): v is number => v !== null).map(italianNumber);
  return [i.descrizione, i.tipo, ...printed, i.note].filter((s) => s !== "").join(" ");
}

function byObjective<T extends { obiettivo: string }>(rows: readonly T[], code: string): T[] {
  return rows.filter((r) => r.obiettivo === code);
}

function duplicates(keys: readonly string[]): string[] {
  return keys.filter((k, i) => keys.indexOf(k) !== i);
}

describe("conteggi del report", () => {
  const codesInText = new Set(
    REPORT_LINES.map((l) => CODE_LINE.exec(l)?.[1]).filter((c) => c !== undefined),
  );
  const phaseHeadings = REPORT_LINES.filter((l) => l === "FASE").length;
  const people = REPORT_LINES.filter((l) => / Posizione Organizzativa \d+,\d\d% /.test(l)).length;

  test.each([
    ["obiettivi", model.obiettivi.length, SAMPLE_SOURCE.obiettivi, codesInText.size, 31],
    ["fasi", model.fasi.length, SAMPLE_SOURCE.fasi, phaseHeadings, 55],
    ["indicatori", model.indicatori.length, SAMPLE_SOURCE.indicatori, INDICATOR_LINES.length, 61],
    ["soggetti", model.soggetti.length, SAMPLE_SOURCE.soggetti, people, 21],
  ])("%s: dati, metadati e testo concordano", (_name, inModel, declared, inText, expected) => {
    expect(inModel).toBe(expected);
    expect(declared).toBe(expected);
    expect(inText).toBe(expected);
  });

  test("nessun movimento mensile: il report non ne contiene", () => {
    expect(model.rilevazioni).toEqual([]);
  });
});

describe("obiettivi", () => {
  test("nell'ordine del report, senza doppioni per le schede su più pagine", () => {
    const order: string[] = [];
    for (const line of REPORT_LINES) {
      const code = CODE_LINE.exec(line)?.[1];
      if (code !== undefined && !order.includes(code)) order.push(code);
    }
    expect(model.obiettivi.map((o) => o.codice)).toEqual(order);
  });

  test.each(model.obiettivi)("$codice: intestazione, descrizione e responsabile", (o) => {
    positionInReport(
      `${o.codice} ${o.assessorato} ${o.centroResponsabilita} ${o.descrizione} ` +
        `Responsabile ${o.responsabile}`,
    );
    positionInReport(
      `OBIETTIVO DI MANDATO: ${o.mandatoCodice} ${o.mandato} ` +
        `OBIETTIVO DI MISSIONE: ${o.missioneCodice} ${o.missione} ` +
        `OBIETTIVO DI PROGRAMMA: ${o.programmaCodice} ${o.programma}`,
    );
    expect(o.anno).toBe(2021);
    expect(o.peso).toBeNull();
  });

  test("settore, stato e vista come nei parametri del report", () => {
    const settori = new Set(model.obiettivi.map((o) => o.settore));
    expect([...settori].map((s) => `Centro di Responsabilità ${s}`)).toEqual(
      REPORT_LINES.filter((l) => l.startsWith("Centro di Responsabilità ")),
    );
    const stati = new Set(model.obiettivi.map((o) => o.stato));
    expect([...stati].map((s) => `Stato ${s}`)).toEqual(
      REPORT_LINES.filter((l) => l.startsWith("Stato ")),
    );
    expect(REPORT_LINES).toContain(`Vista ${model.impostazioni.vista}`);
    expect(REPORT_LINES).toContain(`${model.impostazioni.ente} SCHEDA OBIETTIVI`);
  });

  test.each([
    ["STATO DI ATTUAZIONE", "statoAttuazione"],
    ["Modalità di Attuazione", "modalitaAttuazione"],
  ] as const)("«%s» trascritto dove il report lo stampa", (heading, field) => {
    const filled = model.obiettivi.filter((o) => o[field] !== "");
    expect(filled).toHaveLength(REPORT_LINES.filter((l) => l === heading).length);
    for (const o of filled) positionInReport(`${heading} ${o[field]}`, schedaText(o.codice));
  });
});

describe("fasi", () => {
  test.each(model.fasi)("$obiettivo fase $numero: date, peso e responsabili", (f) => {
    positionInReport(phaseSnippet(f), schedaText(f.obiettivo));
    expect(f.avanzamento).toBeNull();
    expect(f.fineEffettiva).toBeNull();
  });

  test.each(model.obiettivi)("$codice: fasi numerate 1..n nell'ordine del report", (o) => {
    const phases = byObjective(model.fasi, o.codice);
    expect(phases.map((f) => f.numero)).toEqual(phases.map((_f, i) => i + 1));
    const where = phases.map((f) => positionInReport(phaseSnippet(f), schedaText(o.codice)));
    expect(where).toEqual([...where].sort((a, b) => a - b));
    expect(phases.length).toBeGreaterThan(0);
  });

  test.each(model.obiettivi)("$codice: i pesi delle fasi sommano a 100", (o) => {
    const weights = byObjective(model.fasi, o.codice).map((f) => f.peso);
    if (o.codice === "2021_S08_05") {
      expect(weights).toEqual([null]);
    } else {
      expect(weights.reduce<number>((sum, w) => sum + (w ?? NaN), 0)).toBeCloseTo(100, 9);
    }
  });
});

describe("indicatori", () => {
  test.each(model.indicatori)("$obiettivo indicatore $numero: tipo e valori", (i) => {
    const scheda = schedaText(i.obiettivo);
    const snippet = normalise(indicatorSnippet(i));
    const after = scheda.slice(positionInReport(snippet, scheda) + snippet.length);
    // no value or note left behind after the transcribed ones
    expect(after).not.toMatch(/^ ([\d.]+,\d\d|si=1)/);
    // the documented column rule: atteso, then 2020, then 2019; 2021 not measured yet
    expect(i.valoreRaggiunto).toBeNull();
    expect(i.valoreAtteso).not.toBeNull();
    if (i.valoreDueAnniPrima !== null) expect(i.valoreAnnoPrecedente).not.toBeNull();
  });

  test.each(model.obiettivi)("$codice: indicatori numerati 1..n nell'ordine del report", (o) => {
    const rows = byObjective(model.indicatori, o.codice);
    expect(rows.map((i) => i.numero)).toEqual(rows.map((_i, n) => n + 1));
    const where = rows.map((i) => positionInReport(indicatorSnippet(i), schedaText(o.codice)));
    expect(where).toEqual([...where].sort((a, b) => a - b));
  });

  test.each(model.indicatori)("$obiettivo indicatore $numero: unità e regola", (i) => {
    const siNo = /si=1,?\s*no=0/.test(`${i.descrizione} ${i.note}`);
    const percentTarget =
      /\d+%/.test(i.descrizione) && [50, 90, 100].includes(i.valoreAtteso ?? NaN);
    expect(i.unita).toBe(siNo ? "si/no" : percentTarget ? "percentuale" : "numero");
    expect(i.regola).toBe(siNo ? "si/no" : "lineare");
    expect(i.polarita).toBe("crescente");
  });
});

describe("soggetti coinvolti", () => {
  test.each(model.obiettivi)("$codice: una riga per persona della scheda", (o) => {
    const printed = schedaLines(o.codice).filter((l) => / Posizione Organizzativa /.test(l));
    const rows = byObjective(model.soggetti, o.codice);
    expect(
      rows.map(
        (s) =>
          `${s.nominativo} ${s.relazione} ${italianNumber(s.impegno ?? NaN)}% ` +
          italianDate(s.dataInizio ?? ""),
      ),
    ).toEqual(printed);
    for (const s of rows) expect(s.dataFine).toBeNull();
  });
});

describe("chiavi e forma", () => {
  test.each([
    ["fasi", model.fasi.map((f) => `${f.obiettivo}#${f.numero}`)],
    ["indicatori", model.indicatori.map((i) => `${i.obiettivo}#${i.numero}`)],
    ["obiettivi", model.obiettivi.map((o) => o.codice)],
    ["soggetti", model.soggetti.map((s) => `${s.obiettivo}#${s.nominativo}`)],
  ])("%s: nessuna chiave ripetuta", (_name, keys) => {
    expect(duplicates(keys)).toEqual([]);
  });

  test.each([
    [OBIETTIVI, data.obiettivi],
    [FASI, data.fasi],
    [INDICATORI, data.indicatori],
    [SOGGETTI, data.soggetti],
  ] as [TableDef, readonly object[]][])(
    "$id: i campi sono le colonne della tabella",
    (def, rows) => {
      // the optional PIAO columns are not in the 2021 report
      const columns = def.columns.filter((c) => !c.computed && !c.optional).map((c) => c.key);
      for (const row of rows) expect(Object.keys(row)).toEqual(columns);
    },
  );

  test("ogni fase e ogni indicatore appartiene a un obiettivo", () => {
    const codes = new Set(model.obiettivi.map((o) => o.codice));
    const orphans = [...model.fasi, ...model.indicatori, ...model.soggetti].filter(
      (r) => !codes.has(r.obiettivo),
    );
    expect(orphans).toEqual([]);
  });

  test("i valori delle colonne a elenco sono quelli ammessi", () => {
    const allowed = (list: readonly string[], v: string | null) => v !== null && list.includes(v);
    expect(model.obiettivi.every((o) => allowed(STATI_OBIETTIVO, o.stato))).toBe(true);
    for (const i of model.indicatori) {
      expect(allowed(TIPI_INDICATORE, i.tipo)).toBe(true);
      expect(allowed(UNITA_INDICATORE, i.unita)).toBe(true);
      expect(allowed(POLARITA, i.polarita)).toBe(true);
      expect(allowed(REGOLE_CALCOLO, i.regola)).toBe(true);
    }
  });
});

describe("samplePeg()", () => {
  test("restituisce i dati del file JSON", () => {
    expect(samplePeg()).toMatchObject(data);
  });

  test("i campi PIAO, che il report del 2021 non ha, restano vuoti; le impostazioni nuove valgono il predefinito", () => {
    const sample = samplePeg();
    for (const o of sample.obiettivi) expect(o).toMatchObject(emptyObiettivoPiao());
    for (const i of sample.indicatori) expect(i).toMatchObject(emptyIndicatorePiao());
    expect(sample.impostazioni).toEqual({ ...defaultImpostazioni(), ...data.impostazioni });
  });

  test("ogni chiamata dà una copia indipendente", () => {
    const first = samplePeg();
    first.obiettivi[0].descrizione = "modificato";
    first.fasi[0].peso = 1;
    first.indicatori[0].valoreRaggiunto = 5;
    first.impostazioni.periodiChiusi.push(first.impostazioni.periodoRiferimento);
    expect(samplePeg()).toMatchObject(data);
  });
});

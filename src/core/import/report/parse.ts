/**
 * A "SCHEDA OBIETTIVI" report (the text `pdftotext` gives of its PDF) -> the tables: every
 * objective with its links, soggetti, phases and indicators, whatever the ente, the year, the
 * settore, the number and order of the schede. A scheda that goes on over several pages
 * prints its heading again on each: the pages are joined into one objective. Nothing is
 * made up: what the report does not print stays empty, and what cannot be read is reported
 * with its page and line (docs/importa.md).
 */
import type { Texts } from "../../text/lang";
import type { Fase, Indicatore, IsoDate, Month, Obiettivo, Soggetto } from "../../model/types";
import { defaultImpostazioni } from "../../model/defaults";
import { enumKey } from "../../parse/cells";
import type { SettingKey } from "../../schema/settings";
import { STATI_OBIETTIVO, TIPI_INDICATORE } from "../../schema/enums";
import { formatDateIt, parseDateText } from "../../text/dates";
import { completeIndicator, newFase, newIndicatore, newObiettivo, newSoggetto } from "../records";
import { oneLine, printedWidth, reflow } from "../text";
import type {
  FieldConflict,
  ImportResult,
  ImportWarning,
  Loose,
  RejectedRow,
  SourcePlace,
} from "../types";
import { reportLines, type ReportLine } from "./lines";
import { frontMatter, officeBlock, splitPages, type PageHead, type ReportPage } from "./pages";
import { splitAssessoratoOffice, splitPersonOffice } from "./rows";
import { SchedaBody, type IndicatorDraft, type PhaseDraft } from "./scheda";

/** The indicator columns the report prints after the type, in order. */
export type ValueColumn =
  "valoreAtteso" | "valoreRaggiunto" | "valoreAnnoPrecedente" | "valoreDueAnniPrima";

/**
 * The text lost the empty cells: the numbers after the type fill these columns from the
 * left. A report printed during the year has no valore raggiunto yet: the second number is
 * the previous year's (docs/dati-esempio.md).
 */
export const DEFAULT_VALUE_COLUMNS: readonly ValueColumn[] = [
  "valoreAtteso",
  "valoreAnnoPrecedente",
  "valoreDueAnniPrima",
];

export interface ReportOptions {
  readonly valueColumns?: readonly ValueColumn[];
}

export interface ReportInfo {
  readonly ente: string;
  readonly anno: number | null;
  readonly dataElaborazione: IsoDate | null;
  /** the selection parameters printed on the first page */
  readonly parameters: ReadonlyMap<string, string>;
  readonly pages: number;
  readonly valueColumns: readonly ValueColumn[];
}

export interface ReportImport extends ImportResult {
  readonly report: ReportInfo;
}

interface Scheda {
  readonly head: PageHead;
  readonly body: SchedaBody;
  readonly pages: PageHead[];
}

const place = (line: ReportLine): SourcePlace => ({ row: line.row, page: line.page });

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

function joined(lines: readonly ReportLine[]): string {
  return oneLine(lines.map((l) => l.text).join(" "));
}

/** A value of a list column: its canonical spelling, or the report's text when unknown. */
function canonical(allowed: readonly string[], text: string): string {
  return allowed.find((a) => enumKey(a) === enumKey(text)) ?? text;
}

class ReportReader {
  readonly rejected: RejectedRow[] = [];
  readonly conflicts: FieldConflict[] = [];
  readonly warnings: ImportWarning[] = [];
  private readonly offices = new Set<string>();
  private readonly people = new Set<string>();

  constructor(private readonly valueColumns: readonly ValueColumn[]) {}

  reject(line: ReportLine, reason: Texts): void {
    this.rejected.push({ ...place(line), reason, cells: [line.text] });
  }

  warn(line: ReportLine | null, message: Texts): void {
    this.warnings.push({ place: line ? place(line) : null, message });
  }

  /** The schede in the order of the report, their pages joined. */
  schede(pages: readonly ReportPage[]): Scheda[] {
    const byCode = new Map<string, Scheda>();
    let current: Scheda | null = null;
    for (const page of pages) {
      if (page.head === null) {
        for (const line of page.lines) {
          if (line.text !== "")
            this.reject(line, {
              it: "pagina senza il codice di un obiettivo",
              en: "page without an objective's code",
            });
        }
        continue;
      }
      const head = page.head;
      let scheda = byCode.get(head.codice);
      if (!scheda) {
        scheda = { head, body: new SchedaBody(), pages: [head] };
        byCode.set(head.codice, scheda);
      } else {
        if (scheda !== current) {
          this.warn(head.at, {
            it: `la scheda ${head.codice} riprende dopo altre schede: unita alla prima`,
            en: `the scheda ${head.codice} resumes after other schede: joined to the first`,
          });
        }
        scheda.pages.push(head);
      }
      current = scheda;
      for (const line of page.body) scheda.body.feed(line);
      scheda.body.endPage();
    }
    for (const s of byCode.values()) s.body.finish();
    return [...byCode.values()];
  }

  /** First pass: the offices printed on their own line and the people named as responsabili. */
  learn(schede: readonly Scheda[]): void {
    for (const s of schede) {
      for (const head of s.pages) {
        const office = officeBlock(head);
        if (office !== null) this.offices.add(office);
        if (head.responsabile !== "") this.people.add(head.responsabile);
      }
      for (const subject of s.body.subjects) this.people.add(subject.row.nominativo);
    }
  }

  /** The objective's heading fields as one page prints them. */
  private heading(
    head: PageHead,
  ): Pick<Obiettivo, "assessorato" | "centroResponsabilita" | "descrizione" | "responsabile"> {
    const office = officeBlock(head);
    let assessorato = head.afterCode;
    let centro = office ?? "";
    let blocks = office === null ? head.blocks : head.blocks.slice(1);
    if (office === null) {
      const split = splitAssessoratoOffice(head.afterCode, this.offices);
      if (split) ({ assessorato, centro } = split);
      else if (head.blocks.length >= 2 && head.afterCode === "") {
        centro = joined(head.blocks[0]);
        blocks = head.blocks.slice(1);
      } else {
        this.warn(head.at, {
          it:
            `${head.codice}: centro di responsabilità non riconosciuto nell'intestazione; ` +
            "tutto il testo dopo il codice è in Assessorato",
          en:
            `${head.codice}: centro di responsabilità not recognised in the heading; ` +
            "all the text after the code is in Assessorato",
        });
      }
    }
    return {
      assessorato,
      centroResponsabilita: centro,
      descrizione: blocks.map(joined).join("\n"),
      responsabile: head.responsabile,
    };
  }

  objective(s: Scheda, anno: number | null, settore: string): Loose<Obiettivo> {
    const o = newObiettivo(s.head.codice);
    const first = this.heading(s.head);
    Object.assign(o, first, { anno, settore });
    for (const again of s.pages.slice(1)) {
      const other = this.heading(again);
      for (const key of Object.keys(first) as (keyof typeof first)[]) {
        if (other[key] !== first[key] && other[key] !== "") {
          this.conflicts.push({
            table: "obiettivi",
            key: s.head.codice,
            field: HEADING_NAMES[key],
            kept: first[key],
            discarded: other[key],
            places: [place(s.head.at), place(again.at)],
          });
        }
      }
    }
    for (const link of s.body.links) {
      const field = LINKS[link.label];
      const [code, ...rest] = link.text.split(" ");
      const hasCode = /[\d_]/.test(code ?? "");
      if (field) {
        o[`${field}Codice`] = hasCode ? code : "";
        o[field] = hasCode ? rest.join(" ") : link.text;
      } else {
        o.note = [o.note, `${link.printed}: ${link.text}`].filter((n) => n !== "").join("\n");
        this.warn(link.at, {
          it: `collegamento «${link.printed}» non previsto dalle tabelle: copiato in Note`,
          en: `link "${link.printed}" not foreseen by the tables: copied into Note`,
        });
      }
    }
    if (s.body.stato) o.stato = canonical(STATI_OBIETTIVO, s.body.stato.text);
    return o;
  }

  phases(s: Scheda): Loose<Fase>[] {
    return s.body.phases.map((draft, n) => this.phase(s.head.codice, n + 1, draft));
  }

  private phase(codice: string, numero: number, draft: PhaseDraft): Loose<Fase> {
    const f = newFase(codice, numero);
    f.descrizione = joined(draft.description);
    if (!draft.values || !draft.valuesAt) {
      this.warn(draft.at, {
        it: `${codice} fase ${numero}: date, peso e responsabili non trovati`,
        en: `${codice} phase ${numero}: dates, weight and people responsible not found`,
      });
      return f;
    }
    f.inizioPrevista = draft.values.inizioPrevista;
    f.finePrevista = draft.values.finePrevista;
    f.peso = draft.values.numbers[0] ?? null;
    f.avanzamento = draft.values.numbers[1] ?? null;
    const who = splitPersonOffice(draft.people, this.people, this.offices);
    if (!who.sure) {
      this.warn(draft.valuesAt, {
        it:
          `${codice} fase ${numero}: non si distingue il responsabile dal centro di ` +
          `responsabilità in «${draft.people}»: tutto in Centro di responsabilità`,
        en:
          `${codice} phase ${numero}: the responsabile cannot be told from the centro di ` +
          `responsabilità in "${draft.people}": all in Centro di responsabilità`,
      });
    }
    f.responsabile = who.responsabile;
    f.centroResponsabilita = who.centro;
    f.inizioEffettiva = draft.effective[0] ?? null;
    f.fineEffettiva = draft.effective[1] ?? null;
    return f;
  }

  indicators(s: Scheda): Loose<Indicatore>[] {
    return s.body.indicators.map((draft, n) => this.indicator(s.head.codice, n + 1, draft));
  }

  private indicator(codice: string, numero: number, draft: IndicatorDraft): Loose<Indicatore> {
    const i = newIndicatore(codice, numero);
    const tail = draft.values.descriptionTail;
    i.descrizione = oneLine(`${joined(draft.description)} ${tail}`);
    i.tipo = canonical(TIPI_INDICATORE, draft.values.tipo);
    const numbers = draft.values.numbers;
    this.valueColumns.forEach((column, k) => (i[column] = numbers[k] ?? null));
    const extra = numbers.slice(this.valueColumns.length);
    i.note = oneLine(draft.note);
    if (extra.length > 0) {
      i.note = oneLine(`${extra.map(String).join(" ")} ${i.note}`);
      const [found, expected] = [numbers.length, this.valueColumns.length];
      this.warn(draft.at, {
        it:
          `${codice} indicatore ${numero}: ${found} numeri dopo il tipo, più delle ` +
          `colonne previste (${expected}); quelli in più sono in Note`,
        en:
          `${codice} indicator ${numero}: ${found} numbers after the type, more than the ` +
          `expected columns (${expected}); the extra ones are in Note`,
      });
    }
    return completeIndicator(i, new Set());
  }

  subjects(s: Scheda): Loose<Soggetto>[] {
    return s.body.subjects.map(({ row }) => {
      const out = newSoggetto(s.head.codice, row.nominativo);
      Object.assign(out, {
        relazione: row.relazione,
        impegno: row.impegno,
        dataInizio: row.dataInizio,
        dataFine: row.dataFine,
      });
      return out;
    });
  }
}

const HEADING_NAMES = {
  assessorato: "Assessorato",
  centroResponsabilita: "Centro di responsabilità",
  descrizione: "Descrizione",
  responsabile: "Responsabile",
} as const;

const LINKS: Readonly<Record<string, "mandato" | "missione" | "programma" | undefined>> = {
  MANDATO: "mandato",
  MISSIONE: "missione",
  PROGRAMMA: "programma",
};

/**
 * The plan year: the year after the previous years' columns of the indicators ("Valore
 * Raggiunto 2020" -> 2021), else the year the codes start with, else the year of the planned
 * phase starts, else the year of the report.
 */
function planYear(schede: readonly Scheda[], elaborazione: IsoDate | null): number | null {
  const years = schede.flatMap((s) => s.body.years);
  if (years.length > 0) return Math.max(...years) + 1;
  const fromCodes = schede
    .map((s) => /^(\d{4})[_\-./]/.exec(s.head.codice)?.[1])
    .filter((y) => y !== undefined);
  const fromPhases = schede.flatMap((s) =>
    s.body.phases.map((p) => p.values?.inizioPrevista.slice(0, 4)).filter((y) => y !== undefined),
  );
  const year = mostCommon(fromCodes) ?? mostCommon(fromPhases) ?? elaborazione?.slice(0, 4);
  return year === undefined ? null : Number(year);
}

/** The widest line of the free-text sections: where the report's margin is. */
function textWidth(schede: readonly Scheda[]): number {
  const lines = schede.flatMap((s) => [...s.body.statoAttuazione, ...s.body.modalitaAttuazione]);
  return Math.max(0, ...lines.map((l) => printedWidth(oneLine(l.text))));
}

export function parseSchedaReport(text: string, options: ReportOptions = {}): ReportImport {
  const valueColumns = options.valueColumns ?? DEFAULT_VALUE_COLUMNS;
  const lines = reportLines(text);
  const { front, pages } = splitPages(lines);
  const reader = new ReportReader(valueColumns);
  const meta = frontMatter(front);
  const elaborazione = meta.dataElaborazione ? parseDateText(meta.dataElaborazione) : null;
  const schede = reader.schede(pages);
  reader.learn(schede);
  const anno = planYear(schede, elaborazione);
  const settore =
    meta.parameters.get("Centro di Responsabilità") ?? meta.parameters.get("Settore") ?? "";
  const width = textWidth(schede);

  const obiettivi: Loose<Obiettivo>[] = [];
  const fasi: Loose<Fase>[] = [];
  const indicatori: Loose<Indicatore>[] = [];
  const soggetti: Loose<Soggetto>[] = [];
  for (const s of schede) {
    const o = reader.objective(s, anno, settore);
    o.statoAttuazione = reflow(
      s.body.statoAttuazione.map((l) => l.text),
      width,
    );
    o.modalitaAttuazione = reflow(
      s.body.modalitaAttuazione.map((l) => l.text),
      width,
    );
    obiettivi.push(o);
    fasi.push(...reader.phases(s));
    indicatori.push(...reader.indicators(s));
    soggetti.push(...reader.subjects(s));
    for (const u of s.body.unreadable) reader.reject(u.line, u.reason);
  }

  const ente = mostCommon(pages.map((p) => p.ente)) ?? "";
  const impostazioni = defaultImpostazioni();
  const settings: SettingKey[] = [];
  if (ente !== "") {
    impostazioni.ente = ente;
    settings.push("ente");
  }
  if (anno !== null) {
    impostazioni.anno = anno;
    settings.push("anno");
  }
  const vista = meta.parameters.get("Vista");
  if (vista !== undefined) {
    impostazioni.vista = vista;
    settings.push("vista");
  }
  if (elaborazione !== null) {
    impostazioni.periodoRiferimento = elaborazione.slice(0, 7) as Month;
    settings.push("periodoRiferimento");
  }
  if (
    elaborazione !== null &&
    anno !== null &&
    Number(elaborazione.slice(0, 4)) > anno &&
    valueColumns === DEFAULT_VALUE_COLUMNS
  ) {
    const again = "--valori atteso,raggiunto,precedente,due-anni-prima";
    reader.warn(null, {
      it:
        `il report è stato elaborato il ${formatDateIt(elaborazione)}, dopo la fine del ${anno}: ` +
        "il secondo numero di ogni indicatore potrebbe essere il valore raggiunto e non quello " +
        `dell'anno precedente. In quel caso ripetere con ${again}`,
      en:
        `the report was produced on ${elaborazione}, after the end of ${anno}: ` +
        "each indicator's second number may be the value reached and not the previous " +
        `year's. If so, run again with ${again}`,
    });
  }

  return {
    model: { impostazioni, obiettivi, fasi, indicatori, soggetti, rilevazioni: [] },
    settings,
    rejected: [...reader.rejected].sort((a, b) => a.row - b.row),
    conflicts: reader.conflicts,
    warnings: reader.warnings,
    sourceRows: lines.length,
    filtered: 0,
    report: {
      ente,
      anno,
      dataElaborazione: elaborazione,
      parameters: meta.parameters,
      pages: Math.max(0, ...lines.filter((l) => l.text !== "").map((l) => l.page)),
      valueColumns,
    },
  };
}

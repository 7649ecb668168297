/**
 * The body of one objective's scheda, page after page: its sections in the order the report
 * prints them (collegamenti, stato di attuazione, modalità, soggetti, stato, fasi,
 * indicatori). Each line goes to the section it belongs to; a line that fits nowhere is kept
 * as unreadable, with its page and line.
 */
import type { Texts } from "../../text/lang";
import type { IsoDate } from "../../model/types";
import {
  dateOnly,
  headingYears,
  isColumnHeading,
  sectionOf,
  type ReportLine,
  type Section,
} from "./lines";
import {
  indicatorValues,
  phaseValues,
  subjectRow,
  type IndicatorValues,
  type PhaseValues,
  type SubjectRow,
} from "./rows";

type Stage = "description" | "headings" | "people" | "effective" | "done";

export interface PhaseDraft {
  /** the "FASE" heading */
  readonly at: ReportLine;
  readonly description: ReportLine[];
  values: PhaseValues | null;
  /** the line of the values */
  valuesAt: ReportLine | null;
  /** responsabile and centro, the wrapped lines joined */
  people: string;
  effective: IsoDate[];
  stage: Stage;
}

export interface IndicatorDraft {
  readonly description: readonly ReportLine[];
  readonly values: IndicatorValues;
  readonly at: ReportLine;
  note: string;
}

export interface LinkDraft {
  /** "MANDATO", "MISSIONE", "PROGRAMMA", or another label */
  readonly label: string;
  /** the label as printed: "OBIETTIVO DI MANDATO" */
  readonly printed: string;
  text: string;
  readonly at: ReportLine;
}

export interface Unreadable {
  readonly line: ReportLine;
  readonly reason: Texts;
}

type State = Section | "none";

export class SchedaBody {
  readonly links: LinkDraft[] = [];
  readonly statoAttuazione: ReportLine[] = [];
  readonly modalitaAttuazione: ReportLine[] = [];
  readonly subjects: { row: SubjectRow; at: ReportLine }[] = [];
  stato: ReportLine | null = null;
  readonly phases: PhaseDraft[] = [];
  readonly indicators: IndicatorDraft[] = [];
  /** years printed in the indicators' heading: "Valore Raggiunto 2020 …" */
  readonly years: number[] = [];
  readonly unreadable: Unreadable[] = [];

  private state: State = "none";
  private pending: ReportLine[] = [];
  private noteOpen: IndicatorDraft | null = null;

  feed(line: ReportLine): void {
    if (line.text === "") {
      this.blank();
      return;
    }
    const section = sectionOf(line.text);
    if (section !== null && section !== "responsabile") {
      this.open(section, line);
      return;
    }
    if (isColumnHeading(line.text)) {
      this.heading(line);
      return;
    }
    this.content(line);
  }

  /** A page ends: a note or a phase's wrapped line does not go on over the break. */
  endPage(): void {
    this.noteOpen = null;
    const phase = this.currentPhase();
    if (phase?.stage === "people") phase.stage = "effective";
  }

  /** The scheda ends: what is still waiting for its closing line cannot be read. */
  finish(): void {
    this.leave();
  }

  private currentPhase(): PhaseDraft | undefined {
    return this.state === "fase" ? this.phases[this.phases.length - 1] : undefined;
  }

  private blank(): void {
    this.noteOpen = null;
    if (this.state === "statoAttuazione" || this.state === "modalitaAttuazione") {
      const lines = this[this.state];
      const last = lines[lines.length - 1];
      if (last !== undefined && last.text !== "") lines.push({ ...last, text: "" });
    }
    const phase = this.currentPhase();
    if (phase?.stage === "people") phase.stage = "effective";
  }

  private open(section: Section, line: ReportLine): void {
    // the indicators' heading is printed again on the next page of the same scheda
    if (section === this.state && section === "indicatori") return;
    this.leave();
    this.state = section;
    if (section === "fase") {
      this.phases.push({
        at: line,
        description: [],
        values: null,
        valuesAt: null,
        people: "",
        effective: [],
        stage: "description",
      });
    }
  }

  /** Leaving the indicators with a description never closed by its type and values. */
  private leave(): void {
    for (const line of this.pending) {
      this.unreadable.push({
        line,
        reason: {
          it: "descrizione di un indicatore senza il tipo e i valori che la chiudono",
          en: "an indicator's description without the type and values that close it",
        },
      });
    }
    this.pending = [];
    this.noteOpen = null;
  }

  private heading(line: ReportLine): void {
    this.years.push(...headingYears(line.text));
    const phase = this.currentPhase();
    if (phase !== undefined && phase.stage === "description") phase.stage = "headings";
  }

  private content(line: ReportLine): void {
    switch (this.state) {
      case "collegato":
        this.link(line);
        return;
      case "statoAttuazione":
      case "modalitaAttuazione":
        this[this.state].push(line);
        return;
      case "soggetti": {
        const row = subjectRow(line.text);
        if (row) this.subjects.push({ row, at: line });
        else
          this.unreadable.push({
            line,
            reason: {
              it: "riga dei soggetti coinvolti non riconosciuta",
              en: "line of the people involved not recognised",
            },
          });
        return;
      }
      case "stato":
        this.stato = line;
        this.state = "none";
        return;
      case "fase":
        this.phaseLine(this.phases[this.phases.length - 1], line);
        return;
      case "indicatori":
        this.indicatorLine(line);
        return;
      default:
        this.unreadable.push({
          line,
          reason: {
            it: "testo fuori dalle sezioni della scheda",
            en: "text outside the scheda's sections",
          },
        });
    }
  }

  private link(line: ReportLine): void {
    const m = /^((?:OBIETTIVO DI\s+)?([^:]{2,40})):\s*(.*)$/i.exec(line.text);
    const last = this.links[this.links.length - 1];
    if (m) {
      this.links.push({
        label: m[2].trim().toUpperCase(),
        printed: m[1].trim(),
        text: m[3].trim(),
        at: line,
      });
    } else if (last) last.text = `${last.text} ${line.text}`.trim();
    else
      this.unreadable.push({
        line,
        reason: { it: "collegamento non riconosciuto", en: "link not recognised" },
      });
  }

  private phaseLine(phase: PhaseDraft, line: ReportLine): void {
    if (phase.stage === "description" || phase.stage === "headings") {
      const values = phaseValues(line.text);
      if (values) {
        phase.values = values;
        phase.valuesAt = line;
        phase.people = values.people;
        phase.stage = "people";
      } else if (phase.stage === "description") phase.description.push(line);
      else
        this.unreadable.push({
          line,
          reason: {
            it: "riga della fase senza le date previste",
            en: "phase line without the planned dates",
          },
        });
      return;
    }
    const dates = dateOnly(line.text);
    if (dates && phase.stage !== "done") {
      phase.effective = dates;
      phase.stage = "done";
    } else if (phase.stage === "people") {
      phase.people = `${phase.people} ${line.text}`.trim();
    } else {
      this.unreadable.push({
        line,
        reason: {
          it: "testo non riconosciuto dopo i valori della fase",
          en: "text not recognised after the phase's values",
        },
      });
    }
  }

  private indicatorLine(line: ReportLine): void {
    if (this.noteOpen) {
      this.noteOpen.note = `${this.noteOpen.note} ${line.text}`;
      return;
    }
    const values = indicatorValues(line.text);
    if (!values) {
      this.pending.push(line);
      return;
    }
    const indicator: IndicatorDraft = {
      description: this.pending,
      values,
      at: line,
      note: values.note,
    };
    this.indicators.push(indicator);
    this.pending = [];
    this.noteOpen = values.note === "" ? null : indicator;
  }
}

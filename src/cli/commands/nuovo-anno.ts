/**
 * `schede-peg nuovo-anno FILE.xlsx -o NEXT.xlsx [--anno AAAA] [--senza-conclusi] [--json]`:
 * the next year's plan as a new workbook, and a report of what was carried and what was not.
 */
import { writeModelXlsx } from "../../adapters/xlsx-file/workbook";
import {
  CONCLUDED_STATES,
  columnsWithFate,
  emptiedBySeries,
  historyMoves,
  nextYear,
  planYearOf,
  targetMoves,
  type NextYearResult,
} from "../../core/cycle/next-year";
import type { PegModel } from "../../core/model/types";
import type { Parsed } from "../args";
import { CliError, EXIT, type ExitCode } from "../errors";
import { plural } from "../format";
import { quoted, type Lang } from "../../core/text/lang";
import type { CliIo } from "../io";
import { firstItems } from "../listing";
import { loadPegFile } from "./load";
import { checkNewFile } from "./output";

type NuovoAnnoCommand = Extract<Parsed, { kind: "nuovo-anno" }>;

/** "Fasi (Inizio previsto, Fine prevista), Soggetti (Data inizio, Data fine)" */
function byTable(tables: ReturnType<typeof columnsWithFate>): string {
  return tables
    .map((t) => `${t.def.sheet} (${t.columns.map((c) => c.header).join(", ")})`)
    .join(", ");
}

function fromYearOf(model: PegModel, hasSettings: boolean, file: string): number {
  const year = planYearOf(model, hasSettings);
  if (year !== null) return year;
  throw new CliError({
    it:
      `Non si capisce di che anno è il PEG di «${file}»: manca il foglio Impostazioni e nessun ` +
      "obiettivo ha l'anno. Indicare l'anno nel foglio Impostazioni (chiave «anno»).",
    en:
      `The year of the PEG in "${file}" cannot be told: the Impostazioni sheet is missing and no ` +
      'objective has the year. Write the year on the Impostazioni sheet (key "anno").',
  });
}

/** "un anno", "2 anni"; "one year", "2 years" */
function yearsText(n: number, lang: Lang): string {
  if (lang === "en") return n === 1 ? "one year" : `${n} years`;
  return n === 1 ? "un anno" : `${n} anni`;
}

function textReport(
  cmd: NuovoAnnoCommand,
  source: PegModel,
  result: NextYearResult,
  years: { from: number; to: number },
): string {
  const en = cmd.lang === "en";
  const q = (text: string) => quoted(text, cmd.lang);
  const n = (count: number, one: string, many: string) => plural(count, one, many, cmd.lang);
  const { carried, dropped, renamed } = result.report;
  const lines = en
    ? [
        `Written ${q(cmd.output)}: PEG ${years.to} prepared from ${q(cmd.file)} (PEG ${years.from}).`,
        "",
        `Carried over: ${n(carried.objectives, "objective", "objectives")}, ` +
          `${n(carried.phases, "phase", "phases")}, ${n(carried.indicators, "indicator", "indicators")}, ` +
          `${n(carried.subjects, "person", "people")}.`,
      ]
    : [
        `Scritto «${cmd.output}»: PEG ${years.to} preparato da «${cmd.file}» (PEG ${years.from}).`,
        "",
        `Riportati: ${n(carried.objectives, "obiettivo", "obiettivi")}, ` +
          `${n(carried.phases, "fase", "fasi")}, ${n(carried.indicators, "indicatore", "indicatori")}, ` +
          `${n(carried.subjects, "soggetto", "soggetti")}.`,
      ];
  if (renamed.length > 0) {
    lines.push(
      en
        ? `Codes with the new year (${renamed.length}):`
        : `Codici con il nuovo anno (${renamed.length}):`,
    );
    const pairs = renamed.map((r) => `  ${r.from} → ${r.to}`);
    lines.push(
      ...firstItems(pairs, (rest) =>
        en
          ? `  … and ${rest} more (the full list with --json)`
          : `  … e altri ${rest} (l'elenco completo con --json)`,
      ),
    );
  }
  if (cmd.withoutConcluded) {
    const none = en
      ? "Left out: no objective is completed or cancelled."
      : "Esclusi: nessun obiettivo è concluso o annullato.";
    const some = en
      ? `Left out as completed or cancelled (${dropped.length}), with their phases, indicators and people:`
      : `Esclusi perché conclusi o annullati (${dropped.length}), con le loro fasi, indicatori e soggetti:`;
    lines.push(dropped.length === 0 ? none : some);
    lines.push(...dropped.map((d) => `  ${d.codice}  ${d.reason}`));
  }
  const shift = years.to - years.from;
  const moves = historyMoves(shift)
    .map((m) => `${q(m.from.header)} → ${q(m.to.header)}`)
    .join(", ");
  const targets = targetMoves(shift)
    .map((m) => `${q(m.from.header)} → ${q(m.to.header)}`)
    .join(", ");
  const emptied = columnsWithFate((f) => f.kind === "emptied" || emptiedBySeries(f, shift));
  const dates = byTable(columnsWithFate((f) => f.kind === "date"));
  const month = result.model.impostazioni.periodoRiferimento;
  lines.push(
    "",
    ...(en
      ? [
          `Dates moved by ${yearsText(shift, "en")}: ${dates}.`,
          `Values of the previous years: ${moves || "none (too many years apart)"}.`,
          `Targets of the next years, where filled: ${targets || "none (too many years apart)"}.`,
          `Columns emptied: ${byTable(emptied)}.`,
          `Rilevazioni log: ${n(result.emptiedLog, "row not carried over", "rows not carried over")}.`,
          `Impostazioni: year ${years.to}, reference month ${month}, no month closed.`,
        ]
      : [
          `Date spostate di ${yearsText(shift, "it")}: ${dates}.`,
          `Valori degli anni precedenti: ${moves || "nessuno (troppi anni di distanza)"}.`,
          `Valori attesi degli anni dopo, dove compilati: ${targets || "nessuno (troppi anni di distanza)"}.`,
          `Colonne svuotate: ${byTable(emptied)}.`,
          `Registro Rilevazioni: ${n(result.emptiedLog, "riga non riportata", "righe non riportate")}.`,
          `Impostazioni: anno ${years.to}, mese di riferimento ${month}, nessun mese chiuso.`,
        ]),
  );
  const concluded = source.obiettivi.filter((o) => o.stato && CONCLUDED_STATES.includes(o.stato));
  const check: string[] = [];
  if (!cmd.withoutConcluded && concluded.length > 0)
    check.push(
      en
        ? `${n(concluded.length, "completed or cancelled objective was", "completed or cancelled objectives were")} ` +
            "carried over with its state; to leave them out: --senza-conclusi."
        : `${n(concluded.length, "obiettivo concluso o annullato è stato riportato", "obiettivi conclusi o annullati sono stati riportati")} ` +
            "con il suo stato; per lasciarli fuori: --senza-conclusi.",
    );
  const vista = source.impostazioni.vista;
  if (vista.includes(String(years.from)))
    check.push(
      en
        ? `the setting "vista" is still "${vista}".`
        : `l'impostazione «vista» è rimasta «${vista}».`,
    );
  if (check.length > 0)
    lines.push("", en ? "To check:" : "Da controllare:", ...check.map((c) => `  - ${c}`));
  return `${lines.join("\n")}\n`;
}

export async function nuovoAnno(cmd: NuovoAnnoCommand, io: CliIo): Promise<ExitCode> {
  checkNewFile(cmd.file, cmd.output);
  const { parsed } = await loadPegFile(cmd.file, cmd.lang);
  const source = parsed.model;
  const from = fromYearOf(source, !parsed.missingTables.includes("impostazioni"), cmd.file);
  const to = cmd.anno ?? from + 1;
  if (to <= from) {
    throw new CliError({
      it: `--anno ${to} non è dopo l'anno del PEG di «${cmd.file}» (${from}): indicare un anno successivo.`,
      en: `--anno ${to} is not after the year of the PEG in "${cmd.file}" (${from}): give a later year.`,
    });
  }
  const result = nextYear(source, {
    fromYear: from,
    toYear: to,
    withoutConcluded: cmd.withoutConcluded,
  });
  if (result.collisions.length > 0) {
    const codes = result.collisions.join(", ");
    throw new CliError({
      it:
        `Con il nuovo anno più obiettivi avrebbero lo stesso codice: ${codes}. ` +
        `Correggere i codici in «${cmd.file}» e ripetere il comando.`,
      en:
        `With the new year several objectives would have the same code: ${codes}. ` +
        `Fix the codes in "${cmd.file}" and run the command again.`,
    });
  }
  await writeModelXlsx(result.model, cmd.output);
  io.out(
    cmd.json
      ? `${JSON.stringify(result.report, null, 2)}\n`
      : textReport(cmd, source, result, { from, to }),
  );
  return EXIT.ok;
}

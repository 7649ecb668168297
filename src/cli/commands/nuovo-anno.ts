/**
 * `schede-peg nuovo-anno FILE.xlsx -o NEXT.xlsx [--anno AAAA] [--senza-conclusi] [--json]`:
 * the next year's plan as a new workbook, and a report of what was carried and what was not.
 */
import { writeModelXlsx } from "../../adapters/xlsx-file/workbook";
import {
  CONCLUDED_STATES,
  columnsWithFate,
  historyMoves,
  nextYear,
  planYearOf,
  type NextYearResult,
} from "../../core/cycle/next-year";
import type { PegModel } from "../../core/model/types";
import type { Parsed } from "../args";
import { CliError, EXIT, type ExitCode } from "../errors";
import { plural } from "../format";
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

function textReport(
  cmd: NuovoAnnoCommand,
  source: PegModel,
  result: NextYearResult,
  years: { from: number; to: number },
): string {
  const { carried, dropped, renamed } = result.report;
  const lines = [
    `Scritto «${cmd.output}»: PEG ${years.to} preparato da «${cmd.file}» (PEG ${years.from}).`,
    "",
    `Riportati: ${plural(carried.objectives, "obiettivo", "obiettivi")}, ` +
      `${plural(carried.phases, "fase", "fasi")}, ${plural(carried.indicators, "indicatore", "indicatori")}, ` +
      `${plural(carried.subjects, "soggetto", "soggetti")}.`,
  ];
  if (renamed.length > 0) {
    lines.push(`Codici con il nuovo anno (${renamed.length}):`);
    const pairs = renamed.map((r) => `  ${r.from} → ${r.to}`);
    lines.push(...firstItems(pairs, (n) => `  … e altri ${n} (l'elenco completo con --json)`));
  }
  if (cmd.withoutConcluded) {
    lines.push(
      dropped.length === 0
        ? "Esclusi: nessun obiettivo è concluso o annullato."
        : `Esclusi perché conclusi o annullati (${dropped.length}), con le loro fasi, indicatori e soggetti:`,
    );
    lines.push(...dropped.map((d) => `  ${d.codice}  ${d.reason}`));
  }
  const moves = historyMoves(years.to - years.from)
    .map((m) => `«${m.from.header}» → «${m.to.header}»`)
    .join(", ");
  const emptied = columnsWithFate(
    (f) => f.kind === "emptied" || (f.kind === "history" && f.yearsBefore < years.to - years.from),
  );
  lines.push(
    "",
    `Date spostate di ${years.to - years.from === 1 ? "un anno" : `${years.to - years.from} anni`}: ` +
      `${byTable(columnsWithFate((f) => f.kind === "date"))}.`,
    `Valori degli anni precedenti: ${moves || "nessuno (troppi anni di distanza)"}.`,
    `Colonne svuotate: ${byTable(emptied)}.`,
    `Registro Rilevazioni: ${plural(result.emptiedLog, "riga non riportata", "righe non riportate")}.`,
    `Impostazioni: anno ${years.to}, mese di riferimento ${result.model.impostazioni.periodoRiferimento}, ` +
      "nessun mese chiuso.",
  );
  const concluded = source.obiettivi.filter((o) => o.stato && CONCLUDED_STATES.includes(o.stato));
  const check: string[] = [];
  if (!cmd.withoutConcluded && concluded.length > 0)
    check.push(
      `${plural(concluded.length, "obiettivo concluso o annullato è stato riportato", "obiettivi conclusi o annullati sono stati riportati")} ` +
        "con il suo stato; per lasciarli fuori: --senza-conclusi.",
    );
  const vista = source.impostazioni.vista;
  if (vista.includes(String(years.from)))
    check.push(`l'impostazione «vista» è rimasta «${vista}».`);
  if (check.length > 0) lines.push("", "Da controllare:", ...check.map((c) => `  - ${c}`));
  return `${lines.join("\n")}\n`;
}

export async function nuovoAnno(cmd: NuovoAnnoCommand, io: CliIo): Promise<ExitCode> {
  checkNewFile(cmd.file, cmd.output);
  const { parsed } = await loadPegFile(cmd.file);
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

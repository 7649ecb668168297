/**
 * `schede-peg nuovo-anno FILE.xlsx -o NEXT.xlsx [--anno AAAA] [--senza-conclusi] [--json]`:
 * the next year's plan as a new workbook, and a report of what was carried and what was not.
 */
import { writeModelXlsx } from "../../adapters/xlsx-file/workbook";
import { planNextYear, type NextYearResult } from "../../core/cycle/next-year";
import {
  carriedLine,
  checkLines,
  fateLines,
  type NextYearYears,
} from "../../core/cycle/next-year-text";
import type { PegModel } from "../../core/model/types";
import type { Parsed } from "../args";
import { CliError, EXIT, type ExitCode } from "../errors";
import { quoted } from "../../core/text/lang";
import type { CliIo } from "../io";
import { firstItems } from "../listing";
import { loadPegFile } from "./load";
import { checkNewFile } from "./output";

type NuovoAnnoCommand = Extract<Parsed, { kind: "nuovo-anno" }>;

function textReport(
  cmd: NuovoAnnoCommand,
  source: PegModel,
  result: NextYearResult,
  years: NextYearYears,
): string {
  const en = cmd.lang === "en";
  const q = (text: string) => quoted(text, cmd.lang);
  const { dropped, renamed } = result.report;
  const lines = [
    en
      ? `Written ${q(cmd.output)}: PEG ${years.to} prepared from ${q(cmd.file)} (PEG ${years.from}).`
      : `Scritto «${cmd.output}»: PEG ${years.to} preparato da «${cmd.file}» (PEG ${years.from}).`,
    "",
    carriedLine(result.report.carried, cmd.lang),
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
  lines.push("", ...fateLines(result, years, cmd.lang));
  const check = checkLines(
    source,
    years,
    cmd.withoutConcluded,
    en ? "to leave them out: --senza-conclusi" : "per lasciarli fuori: --senza-conclusi",
    cmd.lang,
  );
  if (check.length > 0)
    lines.push("", en ? "To check:" : "Da controllare:", ...check.map((c) => `  - ${c}`));
  return `${lines.join("\n")}\n`;
}

export async function nuovoAnno(cmd: NuovoAnnoCommand, io: CliIo): Promise<ExitCode> {
  checkNewFile(cmd.file, cmd.output);
  const { parsed } = await loadPegFile(cmd.file, cmd.lang);
  const source = parsed.model;
  const outcome = planNextYear(source, !parsed.missingTables.includes("impostazioni"), {
    anno: cmd.anno ?? null,
    withoutConcluded: cmd.withoutConcluded,
  });
  switch (outcome.kind) {
    case "noYear":
      throw new CliError({
        it:
          `Non si capisce di che anno è il PEG di «${cmd.file}»: manca il foglio Impostazioni e nessun ` +
          "obiettivo ha l'anno. Indicare l'anno nel foglio Impostazioni (chiave «anno»).",
        en:
          `The year of the PEG in "${cmd.file}" cannot be told: the Impostazioni sheet is missing and no ` +
          'objective has the year. Write the year on the Impostazioni sheet (key "anno").',
      });
    case "notLater":
      throw new CliError({
        it: `--anno ${outcome.to} non è dopo l'anno del PEG di «${cmd.file}» (${outcome.from}): indicare un anno successivo.`,
        en: `--anno ${outcome.to} is not after the year of the PEG in "${cmd.file}" (${outcome.from}): give a later year.`,
      });
    case "collisions": {
      const codes = outcome.codes.join(", ");
      throw new CliError({
        it:
          `Con il nuovo anno più obiettivi avrebbero lo stesso codice: ${codes}. ` +
          `Correggere i codici in «${cmd.file}» e ripetere il comando.`,
        en:
          `With the new year several objectives would have the same code: ${codes}. ` +
          `Fix the codes in "${cmd.file}" and run the command again.`,
      });
    }
    case "ready":
      break;
  }
  const { result, from, to } = outcome;
  await writeModelXlsx(result.model, cmd.output);
  io.out(
    cmd.json
      ? `${JSON.stringify(result.report, null, 2)}\n`
      : textReport(cmd, source, result, { from, to }),
  );
  return EXIT.ok;
}

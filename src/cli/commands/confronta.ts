/**
 * `schede-peg confronta A.xlsx B.xlsx [--json]` and
 * `schede-peg confronta FILE.xlsx --versione N [--con M] [--json]`: what changed between two
 * plans (of two years too), and with `--prospetto OUT.xlsx [--pdf DIR]` the printable
 * Prospetto variazioni. Exit 0 when nothing changed, 1 when something did, 2 when an input is
 * unusable.
 */
import { mkdir } from "node:fs/promises";
import { writeSchedeOnly } from "../../adapters/xlsx-file/schede";
import { readVersions } from "../../adapters/xlsx-file/versions";
import {
  compareAfterCarry,
  comparePlans,
  yearPairing,
  type Change,
  type Plan,
  type YearPairing,
} from "../../core/cycle/compare";
import { pairingText } from "../../core/cycle/compare-text";
import { planYearOf } from "../../core/cycle/next-year";
import { buildProspetto } from "../../core/cycle/prospetto";
import type { SavedVersion } from "../../core/cycle/versions";
import { quoted, type Lang, type Texts } from "../../core/text/lang";
import type { Parsed } from "../args";
import { formatChanges } from "../compare-format";
import { CliError, EXIT, type ExitCode } from "../errors";
import type { CliIo } from "../io";
import { today } from "./genera";
import { loadPegFile, type LoadedFile } from "./load";
import { checkNewFile } from "./output";
import { convertToPdf, findSoffice, NO_PDF, writtenPdf } from "./pdf";

type ConfrontaCommand = Extract<Parsed, { kind: "confronta" }>;

interface Side {
  /** how the text output names it, in each language (the prospetto: Italian) */
  readonly label: Texts;
  readonly plan: Plan;
}

interface Sides {
  readonly before: Side;
  readonly after: Side;
  /** the plan years paired, when two files are of different years */
  readonly pairing: YearPairing | null;
  /** the ente named on the prospetto */
  readonly ente: string;
}

/** The JSON of a change: exactly these keys, in this order (`name`: the person's). */
function jsonChange(c: Change): Record<string, unknown> {
  const { kind, objective, element, number, name, field, before, after } = c;
  return { kind, objective, element, number, name, field, before, after };
}

function hasSubjects(loaded: LoadedFile): boolean {
  return !loaded.parsed.missingTables.includes("soggetti");
}

function planYear(loaded: LoadedFile): number | null {
  return planYearOf(loaded.parsed.model, !loaded.parsed.missingTables.includes("impostazioni"));
}

/** Two files: people are compared only when both have their table; years are paired. */
async function fileSides(files: readonly string[], lang: Lang): Promise<Sides> {
  const [a, b] = await Promise.all(files.map((f) => loadPegFile(f, lang)));
  const withSubjects = hasSubjects(a) && hasSubjects(b);
  const side = (loaded: LoadedFile, file: string): Side => {
    const { obiettivi, fasi, indicatori, soggetti } = loaded.parsed.model;
    const plan = withSubjects
      ? { obiettivi, fasi, indicatori, soggetti }
      : { obiettivi, fasi, indicatori };
    return { label: { it: `«${file}»`, en: `"${file}"` }, plan };
  };
  return {
    before: side(a, files[0]),
    after: side(b, files[1]),
    pairing: yearPairing(planYear(a), planYear(b)),
    ente: b.parsed.model.impostazioni.ente,
  };
}

/** `1 «Approvato»`, `1 "Approved"` in English */
function listOf(versions: readonly SavedVersion[], lang: Lang): string {
  return versions.map((v) => `${v.info.numero} ${quoted(v.info.nome, lang)}`).join(", ");
}

/** A version saved in the file; people are not part of a version's copy. */
async function versionSides(file: string, numbers: readonly number[], lang: Lang): Promise<Sides> {
  const loaded = await loadPegFile(file, lang);
  const { versions, broken } = readVersions(loaded.book);
  const pick = (numero: number): Side => {
    const found = versions.find((v) => v.info.numero === numero);
    if (found) {
      return {
        label: {
          it: `la versione ${numero} «${found.info.nome}» di «${file}»`,
          en: `version ${numero} "${found.info.nome}" of "${file}"`,
        },
        plan: found.snapshot,
      };
    }
    if (broken.some((v) => v.numero === numero)) {
      const tables = `tblVersione${numero}_Obiettivi, _Fasi, _Indicatori`;
      throw new CliError({
        it:
          `La versione ${numero} è elencata nel foglio Versioni di «${file}» ma la sua copia ` +
          `(tabelle ${tables}) manca o è incompleta.`,
        en:
          `Version ${numero} is listed on the Versioni sheet of "${file}" but its copy ` +
          `(tables ${tables}) is missing or incomplete.`,
      });
    }
    throw new CliError(
      versions.length === 0
        ? {
            it: `«${file}» non contiene versioni salvate. Per salvarne una: schede-peg versione --help`,
            en: `"${file}" holds no saved versions. To save one: schede-peg versione --help`,
          }
        : {
            it: `La versione ${numero} non c'è in «${file}». Versioni salvate: ${listOf(versions, "it")}.`,
            en: `There is no version ${numero} in "${file}". Saved versions: ${listOf(versions, "en")}.`,
          },
    );
  };
  const { obiettivi, fasi, indicatori } = loaded.parsed.model;
  const current: Side = {
    label: { it: `le tabelle attuali di «${file}»`, en: `the current tables of "${file}"` },
    plan: { obiettivi, fasi, indicatori },
  };
  return {
    before: pick(numbers[0]),
    after: numbers.length > 1 ? pick(numbers[1]) : current,
    pairing: null,
    ente: loaded.parsed.model.impostazioni.ente,
  };
}

export async function confronta(cmd: ConfrontaCommand, io: CliIo): Promise<ExitCode> {
  // the prospetto is a new file, never one of those compared
  for (const file of cmd.files) if (cmd.prospetto !== null) checkNewFile(file, cmd.prospetto);
  const soffice = cmd.pdfDir === null ? null : findSoffice(io.env);
  const { before, after, pairing, ente } =
    cmd.versions.length > 0
      ? await versionSides(cmd.files[0], cmd.versions, cmd.lang)
      : await fileSides(cmd.files, cmd.lang);
  // nuovo-anno only goes forward: B older than A is compared field by field
  const afterCarry = pairing !== null && pairing.toYear > pairing.fromYear && !cmd.everything;
  const changes = afterCarry
    ? compareAfterCarry(before.plan, after.plan, pairing)
    : comparePlans(before.plan, after.plan, pairing);
  const codes = before.plan.obiettivi.map((o) => o.codice);
  const paired = (lang: Lang) =>
    pairing === null ? null : pairingText(pairing, codes, lang, afterCarry);
  const notes = paired(cmd.lang);
  const lang = cmd.lang;
  const withSubjects = before.plan.soggetti !== undefined && after.plan.soggetti !== undefined;
  io.out(
    cmd.json
      ? `${JSON.stringify({ changes: changes.map(jsonChange) }, null, 2)}\n`
      : formatChanges(
          before.label[lang],
          after.label[lang],
          changes,
          withSubjects,
          notes === null
            ? []
            : [`${lang === "en" ? "Different years" : "Anni diversi"}: ${notes}.`],
          lang,
        ),
  );
  const found = changes.length === 0 ? EXIT.ok : EXIT.errors;
  if (cmd.prospetto === null) return found;

  const layout = buildProspetto(changes, {
    ente,
    before: before.label.it,
    after: after.label.it,
    dataElaborazione: today(),
    pairing: paired("it"),
    withSubjects,
  });
  await writeSchedeOnly([{ layout, marker: { kind: "prospetto" } }], cmd.prospetto);
  // with --json stdout holds the JSON only
  const say = cmd.json ? io.err : io.out;
  say(
    lang === "en"
      ? `Written "${cmd.prospetto}": the Prospetto variazioni (the changes) on the sheet "${layout.sheetName}".`
      : `Scritto «${cmd.prospetto}»: il prospetto delle variazioni nel foglio «${layout.sheetName}».`,
  );
  if (cmd.pdfDir === null) return found;
  if (!soffice) {
    io.err(NO_PDF[cmd.lang]);
    return EXIT.unusable;
  }
  await mkdir(cmd.pdfDir, { recursive: true });
  say(writtenPdf(await convertToPdf(soffice, cmd.prospetto, cmd.pdfDir), lang));
  return found;
}

/**
 * `schede-peg confronta A.xlsx B.xlsx [--json]` and
 * `schede-peg confronta FILE.xlsx --versione N [--versione M] [--json]`: what changed between
 * two plans. Exit 0 when nothing did, 1 when something did, 2 when an input is unusable.
 */
import { readVersions } from "../../adapters/xlsx-file/versions";
import { comparePlans, type Change, type Plan } from "../../core/cycle/compare";
import type { SavedVersion } from "../../core/cycle/versions";
import type { Parsed } from "../args";
import { formatChanges } from "../compare-format";
import { CliError, italianOnly, EXIT, type ExitCode } from "../errors";
import type { CliIo } from "../io";
import { loadPegFile, type LoadedFile } from "./load";

type ConfrontaCommand = Extract<Parsed, { kind: "confronta" }>;

interface Side {
  /** how the text output names it */
  readonly label: string;
  readonly plan: Plan;
}

/** The JSON of a change: exactly these keys, in this order. */
function jsonChange(c: Change): Record<string, unknown> {
  const { kind, objective, element, number, field, before, after } = c;
  return { kind, objective, element, number, field, before, after };
}

function hasSubjects(loaded: LoadedFile): boolean {
  return !loaded.parsed.missingTables.includes("soggetti");
}

/** Two files: people are compared only when both have their table. */
async function fileSides(files: readonly string[]): Promise<[Side, Side]> {
  const [a, b] = await Promise.all(files.map((f) => loadPegFile(f)));
  const withSubjects = hasSubjects(a) && hasSubjects(b);
  const side = (loaded: LoadedFile, file: string): Side => {
    const { obiettivi, fasi, indicatori, soggetti } = loaded.parsed.model;
    const plan = withSubjects
      ? { obiettivi, fasi, indicatori, soggetti }
      : { obiettivi, fasi, indicatori };
    return { label: `«${file}»`, plan };
  };
  return [side(a, files[0]), side(b, files[1])];
}

function listOf(versions: readonly SavedVersion[]): string {
  return versions.map((v) => `${v.info.numero} «${v.info.nome}»`).join(", ");
}

/** A version saved in the file; people are not part of a version's copy. */
async function versionSides(file: string, numbers: readonly number[]): Promise<[Side, Side]> {
  const loaded = await loadPegFile(file);
  const { versions, broken } = readVersions(loaded.book);
  const pick = (numero: number): Side => {
    const found = versions.find((v) => v.info.numero === numero);
    if (found) {
      return {
        label: `la versione ${numero} «${found.info.nome}» di «${file}»`,
        plan: found.snapshot,
      };
    }
    if (broken.some((v) => v.numero === numero)) {
      throw new CliError(
        italianOnly(
          `La versione ${numero} è elencata nel foglio Versioni di «${file}» ma la sua copia ` +
            `(tabelle tblVersione${numero}_Obiettivi, _Fasi, _Indicatori) manca o è incompleta.`,
        ),
      );
    }
    throw new CliError(
      italianOnly(
        versions.length === 0
          ? `«${file}» non contiene versioni salvate. Per salvarne una: schede-peg versione --help`
          : `La versione ${numero} non c'è in «${file}». Versioni salvate: ${listOf(versions)}.`,
      ),
    );
  };
  const { obiettivi, fasi, indicatori } = loaded.parsed.model;
  const current: Side = {
    label: `le tabelle attuali di «${file}»`,
    plan: { obiettivi, fasi, indicatori },
  };
  return [pick(numbers[0]), numbers.length > 1 ? pick(numbers[1]) : current];
}

export async function confronta(cmd: ConfrontaCommand, io: CliIo): Promise<ExitCode> {
  const [before, after] =
    cmd.versions.length > 0
      ? await versionSides(cmd.files[0], cmd.versions)
      : await fileSides(cmd.files);
  const changes = comparePlans(before.plan, after.plan);
  io.out(
    cmd.json
      ? `${JSON.stringify({ changes: changes.map(jsonChange) }, null, 2)}\n`
      : formatChanges(
          before.label,
          after.label,
          changes,
          before.plan.soggetti !== undefined && after.plan.soggetti !== undefined,
        ),
  );
  return changes.length === 0 ? EXIT.ok : EXIT.errors;
}

/**
 * Command line of the year's cycle: `nuovo-anno`, `confronta`, `versione`, `relazione`. `args.ts` reads the
 * line with these options and hands the values of these commands over here.
 */
import type { IsoDate, Month } from "../core/model/types";
import { parseDateText, parseMonthText } from "../core/text/dates";
import { CliError } from "./errors";
import type { Lang } from "./args";

export type CycleCommandName = "nuovo-anno" | "confronta" | "versione" | "relazione";
export const CYCLE_COMMANDS: readonly CycleCommandName[] = [
  "nuovo-anno",
  "confronta",
  "versione",
  "relazione",
];

export const CYCLE_OPTIONS = {
  anno: { type: "string" },
  "senza-conclusi": { type: "boolean" },
  versione: { type: "string", multiple: true },
  con: { type: "string" },
  prospetto: { type: "string" },
  nome: { type: "string" },
  atto: { type: "string" },
  data: { type: "string" },
  utente: { type: "string" },
  periodo: { type: "string" },
} as const;

export const CYCLE_ALLOWED = {
  "nuovo-anno": ["output", "anno", "senza-conclusi", "json"],
  confronta: ["versione", "con", "json", "prospetto", "pdf"],
  versione: ["output", "nome", "atto", "data", "utente"],
  relazione: ["output", "pdf", "periodo"],
} as const;

const FILES: Readonly<Record<CycleCommandName, number>> = {
  "nuovo-anno": 1,
  confronta: 2,
  versione: 1,
  relazione: 1,
};

/** How many files a command of the cycle takes at most; undefined for the other commands. */
export function cycleFiles(command: string): number | undefined {
  const found = CYCLE_COMMANDS.find((c) => c === command);
  return found === undefined ? undefined : FILES[found];
}

export interface CycleValues {
  readonly output?: string;
  readonly json?: boolean;
  readonly anno?: string;
  readonly "senza-conclusi"?: boolean;
  readonly versione?: string[];
  readonly con?: string;
  readonly prospetto?: string;
  readonly nome?: string;
  readonly atto?: string;
  readonly data?: string;
  readonly utente?: string;
  readonly pdf?: string;
  readonly periodo?: string;
}

export type CycleParsed =
  | {
      readonly kind: "nuovo-anno";
      readonly lang: Lang;
      readonly file: string;
      readonly output: string;
      readonly anno: number | null;
      readonly withoutConcluded: boolean;
      readonly json: boolean;
    }
  | {
      readonly kind: "confronta";
      readonly lang: Lang;
      /** one file (with versions) or two */
      readonly files: readonly string[];
      /** the versions to compare: none, one (with the current tables) or two */
      readonly versions: readonly number[];
      readonly json: boolean;
      /** the printable Prospetto variazioni to write, if asked */
      readonly prospetto: string | null;
      readonly pdfDir: string | null;
    }
  | {
      readonly kind: "versione";
      readonly lang: Lang;
      readonly file: string;
      /** null: the version goes into FILE itself */
      readonly output: string | null;
      readonly nome: string;
      readonly atto: string;
      readonly data: IsoDate | null;
      readonly utente: string | null;
    }
  | {
      readonly kind: "relazione";
      readonly lang: Lang;
      readonly file: string;
      readonly output: string;
      readonly pdfDir: string | null;
      /** the reference month asked for; null = the file's own */
      readonly periodo: Month | null;
    };

function given(value: string | undefined, what: string, command: CycleCommandName): string {
  if (value !== undefined && value.trim() !== "") return value;
  throw new CliError(`Manca ${what}. Vedere «schede-peg ${command} --help».`);
}

function year(text: string | undefined): number | null {
  if (text === undefined) return null;
  const n = Number(text.trim());
  if (/^\d{4}$/.test(text.trim()) && n >= 2000 && n <= 2100) return n;
  throw new CliError(`Anno non valido per --anno: «${text}». Scrivere l'anno intero, es. 2022.`);
}

function versionNumbers(values: readonly string[] | undefined): number[] {
  return (values ?? []).map((v) => {
    if (/^\s*\d+\s*$/.test(v) && Number(v) >= 1) return Number(v);
    throw new CliError(`Numero di versione non valido: «${v}». Scrivere per esempio --versione 1.`);
  });
}

function comparedFiles(files: readonly string[], versions: readonly number[]): readonly string[] {
  if (files.length === 0)
    throw new CliError("Manca il file da confrontare. Vedere «schede-peg confronta --help».");
  if (versions.length > 2)
    throw new CliError("Si confrontano al massimo due versioni: --versione N --con M.");
  if (files.length === 2 && versions.length > 0)
    throw new CliError(
      "Con due file non si usa --versione: per confrontare le versioni indicare un solo file.",
    );
  if (files.length === 1 && versions.length === 0)
    throw new CliError(
      "Manca il secondo file da confrontare (oppure --versione N per confrontare una versione " +
        "salvata con le tabelle attuali). Vedere «schede-peg confronta --help».",
    );
  return files;
}

function isoDate(text: string | undefined): IsoDate | null {
  if (text === undefined) return null;
  const iso = parseDateText(text);
  if (iso) return iso;
  throw new CliError(`Data non valida per --data: «${text}». Scriverla come AAAA-MM-GG.`);
}

function month(text: string | undefined): Month | null {
  if (text === undefined) return null;
  const m = parseMonthText(text);
  if (m) return m;
  throw new CliError(
    `Mese non valido per --periodo: «${text}». Scriverlo come AAAA-MM, es. 2021-06.`,
  );
}

/** The file a command reads and the new one it writes (-o). */
function readAndWrite(
  values: CycleValues,
  files: readonly string[],
  command: CycleCommandName,
  example: string,
): { file: string; output: string } {
  return {
    file: given(files[0], "il file di partenza (FILE.xlsx)", command),
    output: given(values.output, `il file da scrivere (-o ${example})`, command),
  };
}

export function parseCycleCommand(
  command: CycleCommandName,
  values: CycleValues,
  files: readonly string[],
  lang: Lang,
): CycleParsed {
  switch (command) {
    case "nuovo-anno":
      return {
        kind: command,
        lang,
        ...readAndWrite(values, files, command, "NUOVO.xlsx"),
        anno: year(values.anno),
        withoutConcluded: values["senza-conclusi"] === true,
        json: values.json === true,
      };
    case "confronta": {
      if (values.con !== undefined && values.versione === undefined)
        throw new CliError("--con M va con --versione N: confronta la versione N con la M.");
      if (values.pdf !== undefined && values.prospetto === undefined)
        throw new CliError("--pdf va con --prospetto OUT.xlsx: il PDF è quello del prospetto.");
      const con = values.con === undefined ? [] : [values.con];
      const versions = versionNumbers([...(values.versione ?? []), ...con]);
      return {
        kind: command,
        lang,
        files: comparedFiles(files, versions),
        versions,
        json: values.json === true,
        prospetto: values.prospetto ?? null,
        pdfDir: values.pdf ?? null,
      };
    }
    case "versione":
      return {
        kind: command,
        lang,
        file: given(files[0], "il file della cartella di lavoro (FILE.xlsx)", command),
        output: values.output ?? null,
        nome: given(values.nome, 'il nome della versione (--nome "Piano approvato")', command),
        atto: values.atto?.trim() ?? "",
        data: isoDate(values.data),
        utente: values.utente?.trim() || null,
      };
    case "relazione":
      return {
        kind: command,
        lang,
        ...readAndWrite(values, files, command, "REL.xlsx"),
        pdfDir: values.pdf ?? null,
        periodo: month(values.periodo),
      };
  }
}

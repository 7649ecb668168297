/**
 * Command line of the year's cycle: `nuovo-anno`, `confronta`, `versione`, `relazione`, `valida`. `args.ts` reads the
 * line with these options and hands the values of these commands over here.
 */
import type { IsoDate, Month, Percent } from "../core/model/types";
import { parseDateText, parseMonthText } from "../core/text/dates";
import { parseNumberText } from "../core/text/numbers";
import type { Texts } from "../core/text/lang";
import { CliError, missingArgument, START_FILE } from "./errors";
import type { Lang } from "./args";

export type CycleCommandName = "nuovo-anno" | "confronta" | "versione" | "relazione" | "valida";
export const CYCLE_COMMANDS: readonly CycleCommandName[] = [
  "nuovo-anno",
  "confronta",
  "versione",
  "relazione",
  "valida",
];

export const CYCLE_OPTIONS = {
  anno: { type: "string" },
  "senza-conclusi": { type: "boolean" },
  versione: { type: "string", multiple: true },
  con: { type: "string" },
  prospetto: { type: "string" },
  tutto: { type: "boolean" },
  nome: { type: "string" },
  atto: { type: "string" },
  data: { type: "string" },
  utente: { type: "string" },
  periodo: { type: "string" },
  valore: { type: "string" },
  nota: { type: "string" },
  motivazione: { type: "string" },
} as const;

export const CYCLE_ALLOWED = {
  "nuovo-anno": ["output", "anno", "senza-conclusi", "json"],
  confronta: ["versione", "con", "json", "prospetto", "pdf", "tutto"],
  versione: ["output", "nome", "atto", "data", "utente"],
  relazione: ["output", "pdf", "periodo"],
  valida: ["output", "obiettivo", "valore", "nota", "data", "motivazione", "utente"],
} as const;

const FILES: Readonly<Record<CycleCommandName, number>> = {
  "nuovo-anno": 1,
  confronta: 2,
  versione: 1,
  relazione: 1,
  valida: 1,
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
  readonly tutto?: boolean;
  readonly nome?: string;
  readonly atto?: string;
  readonly data?: string;
  readonly utente?: string;
  readonly pdf?: string;
  readonly periodo?: string;
  readonly obiettivo?: string[];
  readonly valore?: string;
  readonly nota?: string;
  readonly motivazione?: string;
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
      /** across years, list also what nuovo-anno changes by itself (--tutto) */
      readonly everything: boolean;
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
    }
  | {
      readonly kind: "valida";
      readonly lang: Lang;
      readonly file: string;
      /** null: FILE itself, rewritten in place */
      readonly output: string | null;
      readonly obiettivo: string;
      readonly valore: Percent;
      /** null: the note already there stays */
      readonly nota: string | null;
      readonly data: IsoDate | null;
      readonly motivazione: string;
      readonly utente: string | null;
    };

function given(value: string | undefined, what: Texts, command: CycleCommandName): string {
  if (value !== undefined && value.trim() !== "") return value;
  throw missingArgument(what, command);
}

function year(text: string | undefined): number | null {
  if (text === undefined) return null;
  const n = Number(text.trim());
  if (/^\d{4}$/.test(text.trim()) && n >= 2000 && n <= 2100) return n;
  throw new CliError({
    it: `Anno non valido per --anno: «${text}». Scrivere l'anno intero, es. 2022.`,
    en: `Invalid year for --anno: "${text}". Write the full year, e.g. 2022.`,
  });
}

function versionNumbers(values: readonly string[] | undefined): number[] {
  return (values ?? []).map((v) => {
    if (/^\s*\d+\s*$/.test(v) && Number(v) >= 1) return Number(v);
    throw new CliError({
      it: `Numero di versione non valido: «${v}». Scrivere per esempio --versione 1.`,
      en: `Invalid version number: "${v}". Write for example --versione 1.`,
    });
  });
}

function comparedFiles(files: readonly string[], versions: readonly number[]): readonly string[] {
  if (files.length === 0)
    throw missingArgument({ it: "il file da confrontare", en: "the file to compare" }, "confronta");
  if (versions.length > 2)
    throw new CliError({
      it: "Si confrontano al massimo due versioni: --versione N --con M.",
      en: "At most two versions are compared: --versione N --con M.",
    });
  if (files.length === 2 && versions.length > 0)
    throw new CliError({
      it: "Con due file non si usa --versione: per confrontare le versioni indicare un solo file.",
      en: "With two files --versione is not used: to compare versions give one file only.",
    });
  if (files.length === 1 && versions.length === 0)
    throw missingArgument(
      {
        it:
          "il secondo file da confrontare (oppure --versione N per confrontare una versione " +
          "salvata con le tabelle attuali)",
        en:
          "the second file to compare (or --versione N to compare a saved version with the " +
          "current tables)",
      },
      "confronta",
    );
  return files;
}

function isoDate(text: string | undefined): IsoDate | null {
  if (text === undefined) return null;
  const iso = parseDateText(text);
  if (iso) return iso;
  throw new CliError({
    it: `Data non valida per --data: «${text}». Scriverla come AAAA-MM-GG.`,
    en: `Invalid date for --data: "${text}". Write it as YYYY-MM-DD.`,
  });
}

function month(text: string | undefined): Month | null {
  if (text === undefined) return null;
  const m = parseMonthText(text);
  if (m) return m;
  throw new CliError({
    it: `Mese non valido per --periodo: «${text}». Scriverlo come AAAA-MM, es. 2021-06.`,
    en: `Invalid month for --periodo: "${text}". Write it as YYYY-MM, e.g. 2021-06.`,
  });
}

function percent(text: string | undefined, command: CycleCommandName): Percent {
  const what = {
    it: "il raggiungimento validato (--valore 85)",
    en: "the validated achievement (--valore 85)",
  };
  const n = parseNumberText(given(text, what, command));
  if (n !== null && n.value >= 0 && n.value <= 100) return n.value;
  throw new CliError({
    it: `Valore non valido per --valore: «${text}». Scrivere un numero da 0 a 100, es. 85 o 92,5.`,
    en: `Invalid value for --valore: "${text}". Write a number from 0 to 100, e.g. 85 or 92.5.`,
  });
}

function oneCode(codes: readonly string[] | undefined, command: CycleCommandName): string {
  const list = (codes ?? []).map((c) => c.trim()).filter((c) => c !== "");
  if (list.length > 1)
    throw new CliError({
      it: "Si valida un obiettivo alla volta: indicare un solo --obiettivo.",
      en: "One objective is validated at a time: give a single --obiettivo.",
    });
  return given(
    list[0],
    {
      it: "il codice dell'obiettivo (--obiettivo CODICE)",
      en: "the objective's code (--obiettivo CODE)",
    },
    command,
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
    file: given(files[0], START_FILE, command),
    output: given(
      values.output,
      { it: `il file da scrivere (-o ${example})`, en: `the file to write (-o ${example})` },
      command,
    ),
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
        throw new CliError({
          it: "--con M va con --versione N: confronta la versione N con la M.",
          en: "--con M goes with --versione N: it compares version N with M.",
        });
      if (values.pdf !== undefined && values.prospetto === undefined)
        throw new CliError({
          it: "--pdf va con --prospetto OUT.xlsx: il PDF è quello del prospetto.",
          en: "--pdf goes with --prospetto OUT.xlsx: the PDF is the prospetto's.",
        });
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
        everything: values.tutto === true,
      };
    }
    case "versione":
      return {
        kind: command,
        lang,
        file: given(files[0], START_FILE, command),
        output: values.output ?? null,
        nome: given(
          values.nome,
          {
            it: 'il nome della versione (--nome "Piano approvato")',
            en: 'the name of the version (--nome "Piano approvato")',
          },
          command,
        ),
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
    case "valida":
      return {
        kind: command,
        lang,
        file: given(files[0], START_FILE, command),
        output: values.output ?? null,
        obiettivo: oneCode(values.obiettivo, command),
        valore: percent(values.valore, command),
        nota: values.nota ?? null,
        data: isoDate(values.data),
        motivazione: values.motivazione ?? "",
        utente: values.utente?.trim() || null,
      };
  }
}

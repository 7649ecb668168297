/**
 * The command line -> a command and its options, with node's `util.parseArgs`. Every mistake
 * becomes a `CliError` (exit 2) that names the wrong option and points to --help.
 */
import { parseArgs } from "node:util";
import type { ObjectiveFilters } from "../core/selection";
import {
  CYCLE_ALLOWED,
  CYCLE_COMMANDS,
  CYCLE_OPTIONS,
  cycleFiles,
  parseCycleCommand,
  type CycleCommandName,
  type CycleParsed,
} from "./cycle-args";
import type { Lang, Texts } from "../core/text/lang";
import { CliError, missingArgument, seeHelp, START_FILE } from "./errors";

export type { Lang } from "../core/text/lang";

export type CommandName =
  "esempio" | "verifica" | "genera" | "importa" | "distribuisci" | "raccogli" | CycleCommandName;
const COMMANDS: readonly CommandName[] = [
  "esempio",
  "verifica",
  "genera",
  "importa",
  "distribuisci",
  "raccogli",
  ...CYCLE_COMMANDS,
];
/** how many files a command takes after its name (raccogli: the plan, then any returned) */
const FILES: Partial<Record<CommandName, number>> = { esempio: 0, raccogli: Infinity };

export type Parsed =
  | { readonly kind: "help"; readonly lang: Lang; readonly command?: CommandName }
  | { readonly kind: "version" }
  | { readonly kind: "esempio"; readonly lang: Lang; readonly output: string }
  | {
      readonly kind: "verifica";
      readonly lang: Lang;
      readonly file: string;
      readonly json: boolean;
    }
  | {
      readonly kind: "genera";
      readonly lang: Lang;
      readonly file: string;
      readonly output: string;
      /** --obiettivo: the codes to print; empty for all */
      readonly codici: readonly string[];
      /** --cdr, --responsabile, --stato */
      readonly filters: ObjectiveFilters;
      readonly pdfDir: string | null;
    }
  | {
      readonly kind: "importa";
      readonly lang: Lang;
      readonly source: string;
      /** null only with --anteprima (or --in) */
      readonly output: string | null;
      readonly mapping: string | null;
      readonly preview: boolean;
      readonly into: string | null;
      readonly sheet: string | null;
      readonly values: string | null;
      readonly json: boolean;
    }
  | {
      readonly kind: "distribuisci";
      readonly lang: Lang;
      readonly file: string;
      readonly per: "responsabile" | "cdr";
      readonly dir: string;
      readonly json: boolean;
    }
  | {
      readonly kind: "raccogli";
      readonly lang: Lang;
      readonly file: string;
      readonly returned: readonly string[];
      readonly output: string;
      readonly json: boolean;
    }
  | CycleParsed;

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  lang: { type: "string" },
  output: { type: "string", short: "o" },
  json: { type: "boolean" },
  obiettivo: { type: "string", multiple: true },
  cdr: { type: "string", multiple: true },
  responsabile: { type: "string", multiple: true },
  stato: { type: "string", multiple: true },
  pdf: { type: "string" },
  ...CYCLE_OPTIONS,
  mappa: { type: "string" },
  anteprima: { type: "boolean" },
  in: { type: "string" },
  foglio: { type: "string" },
  valori: { type: "string" },
  per: { type: "string" },
} as const;

type OptionName = keyof typeof OPTIONS;
const GLOBAL: readonly OptionName[] = ["help", "version", "lang"];
const ALLOWED: Record<CommandName, readonly OptionName[]> = {
  esempio: ["output"],
  verifica: ["json"],
  genera: ["output", "obiettivo", "cdr", "responsabile", "stato", "pdf"],
  ...CYCLE_ALLOWED,
  importa: ["output", "mappa", "anteprima", "in", "foglio", "valori", "json"],
  distribuisci: ["output", "per", "json"],
  raccogli: ["output", "json"],
};

/** The language of the messages: --lang wins, then LANG; Italian unless English is asked. */
export function pickLang(flag: string | undefined, envLang: string | undefined): Lang {
  const wanted = (flag ?? envLang ?? "").toLowerCase();
  return wanted.startsWith("en") ? "en" : "it";
}

/**
 * The language asked on a command line, read before (and whatever) the parsing, so that even
 * a mistake in the options is told in that language.
 */
export function langOf(argv: readonly string[], envLang: string | undefined): Lang {
  const at = argv.indexOf("--lang");
  const flag = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return pickLang(flag, envLang);
}

function optionOf(message: string): string {
  return /'(-[^'\s]+)/.exec(message)?.[1] ?? "";
}

function parseError(e: unknown): CliError {
  const code = typeof e === "object" && e !== null && "code" in e ? String(e.code) : "";
  const message = e instanceof Error ? e.message : String(e);
  const option = optionOf(message);
  const help = seeHelp();
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return new CliError({
      it: `Opzione sconosciuta: ${option}.${help.it}`,
      en: `Unknown option: ${option}.${help.en}`,
    });
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return new CliError({
      it: `Valore mancante o non valido per ${option}.${help.it}`,
      en: `Missing or invalid value for ${option}.${help.en}`,
    });
  }
  return new CliError({
    it: `Riga di comando non valida: ${message}.${help.it}`,
    en: `Invalid command line: ${message}.${help.en}`,
  });
}

/** "A, B" and repeated options alike -> ["A", "B"] */
function list(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

function required(value: string | undefined, what: Texts, command: CommandName): string {
  if (value === undefined || value.trim() === "") {
    throw missingArgument(what, command);
  }
  return value;
}

/** What `required` names: the file to write, the file to read… */
const OUTPUT_FILE: Texts = {
  it: "il file da scrivere (-o OUT.xlsx)",
  en: "the file to write (-o OUT.xlsx)",
};
const PLAN_FILE: Texts = {
  it: "il file del piano (FILE.xlsx)",
  en: "the plan's file (FILE.xlsx)",
};

export function parseCommandLine(argv: readonly string[], envLang?: string): Parsed {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw parseError(e);
  }
  const { values, positionals } = parsed;
  const lang = pickLang(values.lang, envLang);
  const [first, ...rest] = positionals;
  if (values.version) return { kind: "version" };
  if (first === undefined || first === "help" || first === "aiuto") {
    return { kind: "help", lang };
  }
  const command = COMMANDS.find((c) => c === first);
  if (!command) {
    const [names, help] = [COMMANDS.join(", "), seeHelp()];
    throw new CliError({
      it: `Comando sconosciuto: «${first}». I comandi sono: ${names}.${help.it}`,
      en: `Unknown command: "${first}". The commands are: ${names}.${help.en}`,
    });
  }
  if (values.help) return { kind: "help", lang, command };
  const given = (Object.keys(values) as OptionName[]).filter((k) => values[k] !== undefined);
  const stray = given.find((k) => !GLOBAL.includes(k) && !ALLOWED[command].includes(k));
  if (stray) {
    const help = seeHelp(command);
    throw new CliError({
      it: `L'opzione --${stray} non vale per il comando «${command}».${help.it}`,
      en: `The option --${stray} does not apply to the command "${command}".${help.en}`,
    });
  }
  const files = FILES[command] ?? cycleFiles(command) ?? 1;
  if (rest.length > files) {
    const help = seeHelp(command);
    throw new CliError({
      it: `Argomento in più: «${rest[files]}».${help.it}`,
      en: `Extra argument: "${rest[files]}".${help.en}`,
    });
  }
  switch (command) {
    case "esempio":
      return {
        kind: "esempio",
        lang,
        output: required(
          values.output,
          { it: "il file da scrivere (-o FILE.xlsx)", en: "the file to write (-o FILE.xlsx)" },
          command,
        ),
      };
    case "verifica":
      return {
        kind: "verifica",
        lang,
        file: required(
          rest[0],
          { it: "il file da verificare (FILE.xlsx)", en: "the file to check (FILE.xlsx)" },
          command,
        ),
        json: values.json === true,
      };
    case "genera":
      return {
        kind: "genera",
        lang,
        file: required(rest[0], START_FILE, command),
        output: required(values.output, OUTPUT_FILE, command),
        codici: list(values.obiettivo),
        filters: {
          centri: list(values.cdr),
          responsabili: list(values.responsabile),
          stati: list(values.stato),
        },
        pdfDir: values.pdf ?? null,
      };
    case "importa": {
      const preview = values.anteprima === true;
      return {
        kind: "importa",
        lang,
        source: required(
          rest[0],
          { it: "il file da importare (SORGENTE)", en: "the file to import (SOURCE)" },
          command,
        ),
        // --in is refused with its own message, -o or not
        output:
          preview || values.in !== undefined
            ? (values.output ?? null)
            : required(values.output, OUTPUT_FILE, command),
        mapping: values.mappa ?? null,
        preview,
        into: values.in ?? null,
        sheet: values.foglio ?? null,
        values: values.valori ?? null,
        json: values.json === true,
      };
    }
    case "distribuisci": {
      const per = (values.per ?? "responsabile").trim().toLowerCase();
      if (per !== "responsabile" && per !== "cdr")
        throw new CliError({
          it: `--per vale «responsabile» o «cdr», non «${values.per}».`,
          en: `--per is "responsabile" or "cdr", not "${values.per}".`,
        });
      return {
        kind: "distribuisci",
        lang,
        file: required(rest[0], PLAN_FILE, command),
        per,
        dir: required(
          values.output,
          {
            it: "la cartella dove scrivere i file (-o CARTELLA)",
            en: "the folder to write the files in (-o FOLDER)",
          },
          command,
        ),
        json: values.json === true,
      };
    }
    case "raccogli":
      return {
        kind: "raccogli",
        lang,
        file: required(rest[0], PLAN_FILE, command),
        returned: rest.slice(1),
        output: required(values.output, OUTPUT_FILE, command),
        json: values.json === true,
      };
    default:
      return parseCycleCommand(command, values, rest, lang);
  }
}

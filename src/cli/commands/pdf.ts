/**
 * PDF through LibreOffice (`soffice --headless --convert-to pdf`), when it is installed.
 * A private profile keeps the conversion working while the user has LibreOffice open.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Lang, Texts } from "../../core/text/lang";
import { CliError } from "../errors";

const TIMEOUT_MS = 300_000;

const WINDOWS_PLACES = [
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe",
];
const MAC_PLACE = "/Applications/LibreOffice.app/Contents/MacOS/soffice";

/** The soffice executable, from PATH or the usual install places; null when not installed. */
export function findSoffice(env: Readonly<Record<string, string | undefined>>): string | null {
  const names =
    process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  const places = process.platform === "win32" ? WINDOWS_PLACES : [MAC_PLACE];
  return places.find((p) => existsSync(p)) ?? null;
}

/** "Scritto «DIR/FILE.pdf»." and its English, once the PDF is made */
export function writtenPdf(file: string, lang: Lang): string {
  return lang === "en" ? `Written "${file}".` : `Scritto «${file}».`;
}

/** What a command says when LibreOffice is missing: the PDF is not made, and how to install it. */
export const NO_PDF: Texts = {
  it: [
    "Il PDF non è stato creato.",
    "Per creare i PDF serve LibreOffice, che non risulta installato.",
    "  - Linux (Debian/Ubuntu): sudo apt-get install libreoffice-calc",
    "  - Windows e macOS: scaricarlo da https://it.libreoffice.org/download/ e installarlo,",
    "    poi riaprire il terminale e ripetere il comando.",
  ].join("\n"),
  en: [
    "The PDF was not created.",
    "Creating PDFs needs LibreOffice, which does not seem to be installed.",
    "  - Linux (Debian/Ubuntu): sudo apt-get install libreoffice-calc",
    "  - Windows and macOS: download it from https://www.libreoffice.org/download/ and install it,",
    "    then reopen the terminal and repeat the command.",
  ].join("\n"),
};

/**
 * LibreOffice formats numbers and dates by the locale of the process that runs it: force the
 * Italian one so the PDF reads "40,0%" and "3.500,00" whatever the machine's language.
 */
const ITALIAN_LOCALE = { LC_ALL: "it_IT.UTF-8", LANG: "it_IT.UTF-8" };

function run(cmd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...ITALIAN_LOCALE };
    execFile(cmd, [...args], { timeout: TIMEOUT_MS, env }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`.trim()));
      else resolve(stdout);
    });
  });
}

/** Converts `xlsxFile` to `<outDir>/<same name>.pdf` and returns the PDF's path. */
export async function convertToPdf(
  soffice: string,
  xlsxFile: string,
  outDir: string,
): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), "schede-peg-lo-"));
  try {
    await run(soffice, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      xlsxFile,
    ]);
  } catch (e) {
    const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new CliError({
      it: `LibreOffice non è riuscito a creare il PDF: ${detail}`,
      en: `LibreOffice could not create the PDF: ${detail}`,
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const base = xlsxFile.replace(/^.*[\\/]/, "").replace(/\.xlsx$/i, "");
  const pdf = join(outDir, `${base}.pdf`);
  if (!existsSync(pdf)) {
    throw new CliError({
      it: `LibreOffice non ha scritto il PDF atteso «${pdf}». Riprovare.`,
      en: `LibreOffice did not write the expected PDF "${pdf}". Try again.`,
    });
  }
  return pdf;
}

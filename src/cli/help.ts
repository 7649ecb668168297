/** Help texts. Italian by default; English with --lang en or an English LANG. */
import type { CommandName } from "./args";

export type Lang = "it" | "en";

const MAIN: Record<Lang, string> = {
  it: `schede-peg — il PEG in Excel dalla riga di comando

Uso:
  schede-peg esempio -o FILE.xlsx
      Scrive la cartella di lavoro di esempio (PEG 2021, 31 obiettivi).
  schede-peg verifica FILE.xlsx [--json]
      Controlla i dati e mostra gli errori, gli avvisi e le percentuali calcolate.
  schede-peg genera FILE.xlsx -o OUT.xlsx [--obiettivo CODICE ...] [--cdr NOME ...]
                   [--responsabile NOME ...] [--stato STATO ...] [--pdf CARTELLA]
      Scrive in OUT.xlsx i dati, una scheda per obiettivo e il foglio «Indice schede»;
      con --pdf salva anche le schede in PDF (serve LibreOffice).
  schede-peg importa SORGENTE -o OUT.xlsx [--mappa MAPPA.json] [--anteprima] [--json]
      Crea OUT.xlsx da un report «SCHEDA OBIETTIVI» (.txt o .pdf) o da un file .csv/.xlsx
      (colonne indicate dalla mappa, o proposte dalle intestazioni).

Opzioni:
  -h, --help        questo aiuto (anche: schede-peg COMANDO --help)
  -v, --version     la versione
  --lang en         messaggi della riga di comando in inglese

Codici di uscita: 0 nessun errore, 1 errori nei dati (importa: importato con problemi),
2 file o comando non utilizzabile.
`,
  en: `schede-peg — the PEG workbook from the command line

Usage:
  schede-peg esempio -o FILE.xlsx
      Writes the sample workbook (PEG 2021, 31 objectives).
  schede-peg verifica FILE.xlsx [--json]
      Checks the data; prints errors, warnings and the computed percentages.
  schede-peg genera FILE.xlsx -o OUT.xlsx [--obiettivo CODE ...] [--cdr NAME ...]
                   [--responsabile NAME ...] [--stato STATUS ...] [--pdf DIR]
      Writes to OUT.xlsx the data, one scheda per objective and the "Indice schede"
      sheet; with --pdf also saves the schede as PDF (needs LibreOffice).
  schede-peg importa SOURCE -o OUT.xlsx [--mappa MAPPING.json] [--anteprima] [--json]
      Creates OUT.xlsx from a "SCHEDA OBIETTIVI" report (.txt or .pdf) or a .csv/.xlsx
      file (columns given by the mapping, or proposed from the headers).

Options:
  -h, --help        this help (also: schede-peg COMMAND --help)
  -v, --version     the version
  --lang it         command-line messages in Italian

Exit codes: 0 no error, 1 errors in the data (importa: imported with problems),
2 unusable file or command line.
`,
};

const COMMAND: Record<CommandName, Record<Lang, string>> = {
  esempio: {
    it: `schede-peg esempio -o FILE.xlsx

Scrive in FILE.xlsx la cartella di lavoro di esempio: i fogli Obiettivi, Fasi, Indicatori,
Soggetti, Rilevazioni e Impostazioni, ciascuno con la sua tabella di Excel, gli elenchi a
discesa e le regole di convalida. Se FILE.xlsx esiste viene sostituito.
`,
    en: `schede-peg esempio -o FILE.xlsx

Writes the sample workbook to FILE.xlsx: the Obiettivi, Fasi, Indicatori, Soggetti,
Rilevazioni and Impostazioni sheets, each with its Excel table, drop-down lists and
validation rules. An existing FILE.xlsx is replaced.
`,
  },
  verifica: {
    it: `schede-peg verifica FILE.xlsx [--json]

Legge le tabelle di FILE.xlsx, segnala errori e avvisi con la cella da correggere e
mostra per ogni obiettivo l'avanzamento delle fasi, il raggiungimento degli indicatori,
il raggiungimento complessivo e lo stato.
  --json   stampa un solo oggetto JSON (formato descritto in docs/cli.md)
Uscita: 0 nessun errore, 1 errori trovati, 2 file non utilizzabile.
`,
    en: `schede-peg verifica FILE.xlsx [--json]

Reads the tables of FILE.xlsx, reports errors and warnings with the cell to fix and
shows, per objective, phase progress, indicator achievement, overall achievement and status.
  --json   prints one JSON object (format in docs/cli.md)
Exit: 0 no error, 1 errors found, 2 unusable file.
`,
  },
  genera: {
    it: `schede-peg genera FILE.xlsx -o OUT.xlsx [filtri] [--pdf CARTELLA]

Scrive OUT.xlsx con i fogli dei dati invariati, una scheda stampabile per obiettivo e il
foglio «Indice schede». Filtri (ripetibili o separati da virgola):
  --obiettivo CODICE       solo questi obiettivi
  --cdr NOME               solo questi centri di responsabilità
  --responsabile NOME      solo questi responsabili
  --stato STATO            solo questi stati (es. "In Corso")
  --pdf CARTELLA           salva anche un PDF delle schede (serve LibreOffice)
`,
    en: `schede-peg genera FILE.xlsx -o OUT.xlsx [filters] [--pdf DIR]

Writes OUT.xlsx with the data sheets unchanged, one printable scheda per objective and
the "Indice schede" sheet. Filters (repeatable or comma-separated):
  --obiettivo CODE         only these objectives
  --cdr NAME               only these centri di responsabilità
  --responsabile NAME      only these responsabili
  --stato STATUS           only these statuses (e.g. "In Corso")
  --pdf DIR                also save a PDF of the schede (needs LibreOffice)
`,
  },
  importa: {
    it: `schede-peg importa SORGENTE -o OUT.xlsx [opzioni]

Scrive in OUT.xlsx (una nuova cartella di lavoro) il PEG contenuto in SORGENTE:
  .txt, .pdf    un report «SCHEDA OBIETTIVI»: obiettivi, collegamenti, soggetti, fasi e
                indicatori (per il .pdf serve pdftotext, pacchetto poppler-utils)
  .csv, .xlsx   una tabella, una riga per obiettivo, fase o indicatore (anche per periodo),
                letta secondo la mappa; senza --mappa la mappa è proposta dalle intestazioni
                e stampata, da salvare e correggere
  --mappa MAPPA.json   le colonne del file -> le colonne delle tabelle (docs/importa.md)
  --foglio NOME        il foglio dell'.xlsx da leggere (predefinito: il primo)
  --valori LISTA       report: le colonne dei numeri dopo il tipo dell'indicatore
                       (predefinito atteso,precedente,due-anni-prima)
  --anteprima          non scrive nulla: mostra cosa aggiungerebbe e cosa rifiuterebbe
  --json               stampa il resoconto come un solo oggetto JSON
  --in ESISTENTE.xlsx  unione in una cartella esistente: non ancora disponibile
Le righe rifiutate vanno in OUT-scartate.csv. Uscita: 0 tutto importato, 1 importato con
problemi (righe rifiutate, conflitti, avvisi), 2 file, mappa o comando non utilizzabile.
`,
    en: `schede-peg importa SOURCE -o OUT.xlsx [options]

Writes to OUT.xlsx (a new workbook) the PEG held in SOURCE:
  .txt, .pdf    a "SCHEDA OBIETTIVI" report: objectives, links, people, phases and
                indicators (a .pdf needs pdftotext, package poppler-utils)
  .csv, .xlsx   a table, one row per objective, phase or indicator (also per period),
                read through the mapping; without --mappa a mapping is proposed from the
                headers and printed, to save and correct
  --mappa MAPPING.json  file columns -> table columns (docs/importa.md)
  --foglio NAME         the .xlsx sheet to read (default: the first)
  --valori LIST         report: the columns of the numbers after the indicator's type
                        (default atteso,precedente,due-anni-prima)
  --anteprima           writes nothing: shows what would be added and what refused
  --json                prints the summary as one JSON object
  --in EXISTING.xlsx    merge into an existing workbook: not available yet
Refused rows go to OUT-scartate.csv. Exit: 0 all imported, 1 imported with problems
(refused rows, conflicts, warnings), 2 unusable file, mapping or command line.
`,
  },
};

export function helpText(lang: Lang, command?: CommandName): string {
  return command ? COMMAND[command][lang] : MAIN[lang];
}

/** Help texts. Italian by default; English with --lang en or an English LANG. */
import type { CommandName, Lang } from "./args";
import { CYCLE_HELP } from "./cycle-help";

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
  schede-peg nuovo-anno FILE.xlsx -o NUOVO.xlsx [--anno AAAA] [--senza-conclusi] [--json]
      Prepara il PEG dell'anno dopo: stessi obiettivi, fasi e indicatori, valori svuotati.
  schede-peg confronta A.xlsx B.xlsx [--json]
  schede-peg confronta FILE.xlsx --versione N [--versione M] [--json]
      Elenca obiettivi, fasi, indicatori e soggetti aggiunti, rimossi e modificati.
  schede-peg versione FILE.xlsx -o OUT.xlsx --nome NOME [--atto ATTO] [--data AAAA-MM-GG]
      Salva una copia congelata del piano (una versione) in una nuova cartella OUT.xlsx.

Opzioni:
  -h, --help        questo aiuto (anche: schede-peg COMANDO --help)
  -v, --version     la versione
  --lang en         messaggi della riga di comando in inglese

Codici di uscita: 0 nessun errore, 1 errori nei dati (per confronta: differenze trovate),
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
  schede-peg nuovo-anno FILE.xlsx -o NEXT.xlsx [--anno YYYY] [--senza-conclusi] [--json]
      Prepares the next year's PEG: same objectives, phases and indicators, values emptied.
  schede-peg confronta A.xlsx B.xlsx [--json]
  schede-peg confronta FILE.xlsx --versione N [--versione M] [--json]
      Lists the objectives, phases, indicators and people added, removed and changed.
  schede-peg versione FILE.xlsx -o OUT.xlsx --nome NAME [--atto ACT] [--data YYYY-MM-DD]
      Saves a frozen copy of the plan (a version) in a new workbook OUT.xlsx.

Options:
  -h, --help        this help (also: schede-peg COMMAND --help)
  -v, --version     the version
  --lang it         command-line messages in Italian

Exit codes: 0 no error, 1 errors in the data (for confronta: differences found),
2 unusable file or command line.
`,
};

const COMMAND: Record<CommandName, Record<Lang, string>> = {
  ...CYCLE_HELP,
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
};

export function helpText(lang: Lang, command?: CommandName): string {
  return command ? COMMAND[command][lang] : MAIN[lang];
}

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
  schede-peg confronta A.xlsx B.xlsx [--tutto] [--json] [--prospetto OUT.xlsx [--pdf CARTELLA]]
  schede-peg confronta FILE.xlsx --versione N [--con M] [--json] [--prospetto OUT.xlsx]
      Elenca obiettivi, fasi, indicatori e soggetti aggiunti, rimossi e modificati, anche
      tra due anni; con --prospetto scrive il «Prospetto variazioni» stampabile.
  schede-peg versione FILE.xlsx --nome NOME [--atto ATTO] [--data AAAA-MM-GG] [-o OUT.xlsx]
      Salva dentro FILE.xlsx una copia congelata del piano (una versione).
  schede-peg relazione FILE.xlsx -o REL.xlsx [--pdf CARTELLA] [--periodo AAAA-MM]
      La relazione stampabile: risultati per settore, centro e responsabile, fasce,
      scostamenti e grafici di Excel.
  schede-peg valida FILE.xlsx --obiettivo CODICE --valore N [--nota …] [--motivazione …]
      Il raggiungimento validato dal Nucleo di valutazione, registrato in Rilevazioni.
  schede-peg importa SORGENTE -o OUT.xlsx [--mappa MAPPA.json] [--anteprima] [--json]
      Crea OUT.xlsx da un report «SCHEDA OBIETTIVI» (.txt o .pdf) o da un file .csv/.xlsx
      (colonne indicate dalla mappa, o proposte dalle intestazioni).
  schede-peg distribuisci FILE.xlsx --per responsabile|cdr -o CARTELLA
      Un file per responsabile (o centro) con i soli suoi obiettivi, da inviare per posta.
  schede-peg raccogli FILE.xlsx RESTITUITI.xlsx… -o OUT.xlsx [--json]
      Riporta nel piano i valori cambiati nei file restituiti, registrati a nome di chi li ha scritti.

Opzioni:
  -h, --help        questo aiuto (anche: schede-peg COMANDO --help)
  -v, --version     la versione
  --lang en         messaggi della riga di comando in inglese

Codici di uscita: 0 nessun errore, 1 errori nei dati (confronta: differenze trovate;
importa: importato con problemi; raccogli: conflitti),
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
  schede-peg confronta A.xlsx B.xlsx [--tutto] [--json] [--prospetto OUT.xlsx [--pdf DIR]]
  schede-peg confronta FILE.xlsx --versione N [--con M] [--json] [--prospetto OUT.xlsx]
      Lists the objectives, phases, indicators and people added, removed and changed,
      across two years too; --prospetto writes the printable "Prospetto variazioni".
  schede-peg versione FILE.xlsx --nome NAME [--atto ACT] [--data YYYY-MM-DD] [-o OUT.xlsx]
      Saves a frozen copy of the plan (a version) inside FILE.xlsx.
  schede-peg relazione FILE.xlsx -o REL.xlsx [--pdf DIR] [--periodo YYYY-MM]
      The printable report: results by settore, centro and responsabile, bands,
      deviations and Excel charts.
  schede-peg valida FILE.xlsx --obiettivo CODE --valore N [--nota …] [--motivazione …]
      The achievement validated by the Nucleo di valutazione, logged in Rilevazioni.
  schede-peg importa SOURCE -o OUT.xlsx [--mappa MAPPING.json] [--anteprima] [--json]
      Creates OUT.xlsx from a "SCHEDA OBIETTIVI" report (.txt or .pdf) or a .csv/.xlsx
      file (columns given by the mapping, or proposed from the headers).
  schede-peg distribuisci FILE.xlsx --per responsabile|cdr -o FOLDER
      One workbook per responsabile (or centro) with only their objectives, to send by e-mail.
  schede-peg raccogli FILE.xlsx RETURNED.xlsx… -o OUT.xlsx [--json]
      Merges back the values changed in the returned files, logged under who wrote them.

Options:
  -h, --help        this help (also: schede-peg COMMAND --help)
  -v, --version     the version
  --lang it         command-line messages in Italian

Exit codes: 0 no error, 1 errors in the data (confronta: differences found;
importa: imported with problems; raccogli: conflicts),
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
  distribuisci: {
    it: `schede-peg distribuisci FILE.xlsx --per responsabile|cdr -o CARTELLA

Scrive in CARTELLA un file per ogni responsabile (o centro di responsabilità, con --per cdr)
con i soli obiettivi di cui riferisce (i suoi o quelli con una sua fase): stesse tabelle,
convalide e colonne calcolate, più i valori inviati in un foglio nascosto, che «raccogli» usa
per capire che cosa la persona ha cambiato. Gli obiettivi senza responsabile sono elencati
(uscita 1).
  --per responsabile|cdr   come dividere il piano (predefinito: responsabile)
  --json                   l'elenco dei file scritti in JSON
`,
    en: `schede-peg distribuisci FILE.xlsx --per responsabile|cdr -o FOLDER

Writes in FOLDER one workbook per responsabile (or centro di responsabilità, with --per cdr)
holding only the objectives they report on (their own, or one with a phase of theirs): the
same tables, validation and computed columns, plus the values sent on a hidden sheet, which
«raccogli» uses to tell what the person changed. Objectives with nobody are listed (exit 1).
  --per responsabile|cdr   how to split the plan (default: responsabile)
  --json                   the list of files written, as JSON
`,
  },
  raccogli: {
    it: `schede-peg raccogli FILE.xlsx RESTITUITI.xlsx… -o OUT.xlsx [--json]

Scrive OUT.xlsx: il piano FILE.xlsx con i valori che ciascuno ha cambiato nel suo file
(avanzamento, date effettive, valori raggiunti, note), ognuno registrato in Rilevazioni a
nome di chi lo ha scritto. Un valore cambiato sia nel piano (dopo l'invio) sia in un file
restituito è un conflitto: non viene sovrascritto ed è elencato con i due valori. Un file di
un altro piano o senza i valori inviati è rifiutato con il suo nome. Il resto della cartella
di lavoro resta com'è. Uscita: 0 tutto riportato, 1 conflitti o file rifiutati, 2 comando o
file non utilizzabile.
`,
    en: `schede-peg raccogli FILE.xlsx RETURNED.xlsx… -o OUT.xlsx [--json]

Writes OUT.xlsx: the plan FILE.xlsx with the values each person changed in their file
(progress, actual dates, values reached, notes), each logged in Rilevazioni under who wrote
it. A value changed both in the plan (after sending) and in a returned file is a conflict: not
overwritten, listed with both values. A file of another plan, or without the values sent, is
refused by name. The rest of the workbook stays as it is. Exit: 0 all merged, 1 conflicts or
files refused, 2 unusable command or file.
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

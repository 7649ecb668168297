/** Help of the year's cycle commands (`schede-peg COMANDO --help`), Italian and English. */
import type { CycleCommandName } from "./cycle-args";
import type { Lang } from "./args";

export const CYCLE_HELP: Record<CycleCommandName, Record<Lang, string>> = {
  "nuovo-anno": {
    it: `schede-peg nuovo-anno FILE.xlsx -o NUOVO.xlsx [--anno AAAA] [--senza-conclusi] [--json]

Scrive NUOVO.xlsx con il PEG dell'anno dopo: gli stessi obiettivi, fasi, indicatori e
soggetti. I codici che iniziano con l'anno prendono il nuovo anno (2021_S08_20 diventa
2022_S08_20, anche in Fasi, Indicatori e Soggetti); le date previste e quelle dei soggetti
vanno avanti di un anno (29/02 diventa 28/02); il valore raggiunto di ogni indicatore
diventa «Valore anno precedente» e questo «Valore due anni prima»; dove il piano ha i
valori attesi degli anni dopo (PIAO), «Valore atteso anno dopo» diventa il «Valore atteso»
e «Valore atteso due anni dopo» il «Valore atteso anno dopo». Valori raggiunti,
avanzamenti, date effettive, stato di attuazione, forzature e non valutabili si svuotano;
il registro Rilevazioni riparte vuoto, i mesi chiusi si riaprono, il mese di riferimento
diventa gennaio. Il file di partenza non cambia; NUOVO.xlsx è una cartella nuova con i soli
fogli dei dati.
  --anno AAAA          l'anno del nuovo PEG (predefinito: l'anno dopo quello del file)
  --senza-conclusi     lascia fuori gli obiettivi «Concluso» o «Annullato», con le loro
                       fasi, indicatori e soggetti
  --json               il resoconto come oggetto JSON (formato in docs/ciclo.md)
`,
    en: `schede-peg nuovo-anno FILE.xlsx -o NEXT.xlsx [--anno YYYY] [--senza-conclusi] [--json]

Writes NEXT.xlsx with the next year's PEG: the same objectives, phases, indicators and
people. Codes starting with the year take the new year (2021_S08_20 becomes 2022_S08_20,
in Fasi, Indicatori and Soggetti too); planned dates and the people's dates move one year
on (29/02 becomes 28/02); each indicator's reached value becomes "Valore anno precedente"
and that one "Valore due anni prima"; where the plan has the targets of the next years
(PIAO), "Valore atteso anno dopo" becomes "Valore atteso" and "Valore atteso due anni dopo"
becomes "Valore atteso anno dopo". Reached values, progress, actual dates, stato di
attuazione, forced achievements and "non valutabile" are emptied; the Rilevazioni log
starts empty, closed months reopen, the reference month becomes January. The original file
is not changed; NEXT.xlsx is a new workbook holding the data sheets only.
  --anno YYYY          the year of the new PEG (default: the year after the file's)
  --senza-conclusi     leave out the objectives "Concluso" or "Annullato", with their
                       phases, indicators and people
  --json               the report as a JSON object (format in docs/ciclo.md)
`,
  },
  confronta: {
    it: `schede-peg confronta A.xlsx B.xlsx [--tutto] [--json] [--prospetto OUT.xlsx [--pdf CARTELLA]]
schede-peg confronta FILE.xlsx --versione N [--con M] [--json] [--prospetto OUT.xlsx]

Elenca obiettivi, fasi, indicatori e soggetti aggiunti, rimossi e modificati (campo, prima,
dopo) da A a B. Gli obiettivi si riconoscono dal codice, fasi e indicatori da obiettivo e
numero, i soggetti da obiettivo e nominativo. Se A e B sono di anni diversi (2021 e 2022) i
codici che iniziano con l'anno si abbinano come li rinomina nuovo-anno (2021_S08_20 con
2022_S08_20) e il confronto lo dice; si elencano solo le variazioni fatte dopo nuovo-anno
(B confrontato con nuovo-anno di A), non ciò che nuovo-anno cambia da sé (anno, date,
valori degli anni prima). Le colonne calcolate e il registro Rilevazioni non si
confrontano.
  --versione N         confronta la versione N salvata in FILE.xlsx con le tabelle attuali
  --con M              con --versione N: confronta la versione N con la versione M
  --tutto              tra due anni: elenca anche ciò che nuovo-anno cambia da sé
  --json               {"changes": [...]} (formato in docs/ciclo.md)
  --prospetto OUT.xlsx scrive anche il «Prospetto variazioni» stampabile (A4)
  --pdf CARTELLA       con --prospetto: salva anche il prospetto in PDF (serve LibreOffice)
Uscita: 0 nessuna differenza, 1 differenze trovate, 2 file non utilizzabile.
`,
    en: `schede-peg confronta A.xlsx B.xlsx [--tutto] [--json] [--prospetto OUT.xlsx [--pdf DIR]]
schede-peg confronta FILE.xlsx --versione N [--con M] [--json] [--prospetto OUT.xlsx]

Lists the objectives, phases, indicators and people added, removed and changed (field,
before, after) from A to B. Objectives are matched by code, phases and indicators by
objective and number, people by objective and name. When A and B are of different years
(2021 and 2022) codes starting with the year are paired as nuovo-anno renames them
(2021_S08_20 with 2022_S08_20), and the report says so; only the changes made after
nuovo-anno are listed (B compared with nuovo-anno of A), not what nuovo-anno changes by
itself (year, dates, last years' values). Computed columns and the Rilevazioni log are not
compared.
  --versione N         compares version N saved in FILE.xlsx with the current tables
  --con M              with --versione N: compares version N with version M
  --tutto              across years: also lists what nuovo-anno changes by itself
  --json               {"changes": [...]} (format in docs/ciclo.md)
  --prospetto OUT.xlsx also writes the printable "Prospetto variazioni" (A4)
  --pdf DIR            with --prospetto: also saves it as PDF (needs LibreOffice)
Exit: 0 no difference, 1 differences found, 2 unusable file.
`,
  },
  versione: {
    it: `schede-peg versione FILE.xlsx --nome NOME [--atto ATTO] [--data AAAA-MM-GG]
                   [--utente NOME] [-o OUT.xlsx]

Salva una versione del piano (es. «Piano approvato») dentro FILE.xlsx: una copia congelata
di obiettivi, fasi e indicatori in un foglio nascosto «Versione N», elencata nel foglio
«Versioni» con numero, nome, atto, data e utente. Poi: schede-peg confronta FILE.xlsx
--versione N. Il resto della cartella (dati, schede, fogli propri, grafici, formati) resta
com'era; il file si riscrive tutto in una volta, mai a metà.
  -o OUT.xlsx          scrive la cartella con la nuova versione in OUT.xlsx e lascia
                       FILE.xlsx com'era
  --nome NOME          il nome della versione (obbligatorio)
  --atto ATTO          l'atto che la approva, es. "delibera G.C. n. 12 del 10/02/2021"
  --data AAAA-MM-GG    la data della versione (predefinita: oggi)
  --utente NOME        chi la salva (predefinito: l'utente del computer)
`,
    en: `schede-peg versione FILE.xlsx --nome NAME [--atto ACT] [--data YYYY-MM-DD]
                   [--utente NAME] [-o OUT.xlsx]

Saves a version of the plan (e.g. "Piano approvato") inside FILE.xlsx: a frozen copy of
objectives, phases and indicators in a hidden sheet "Versione N", listed in the "Versioni"
sheet with number, name, act, date and user. Then: schede-peg confronta FILE.xlsx
--versione N. The rest of the workbook (data, schede, own sheets, charts, formats) stays as
it was; the file is rewritten in one go, never half-written.
  -o OUT.xlsx          writes the workbook with the new version to OUT.xlsx and leaves
                       FILE.xlsx as it was
  --nome NAME          the version's name (required)
  --atto ACT           the act approving it, e.g. "delibera G.C. n. 12 del 10/02/2021"
  --data YYYY-MM-DD    the version's date (default: today)
  --utente NAME        who saves it (default: the computer's user)
`,
  },
  relazione: {
    it: `schede-peg relazione FILE.xlsx -o REL.xlsx [--pdf CARTELLA] [--periodo AAAA-MM]

Scrive REL.xlsx, una cartella nuova con il foglio stampabile «Relazione» (A4): sintesi,
distribuzione per fascia di raggiungimento (0–49, 50–79, 80–89, 90–100), risultati per
settore, centro di responsabilità e responsabile (obiettivi, raggiungimento medio, fasce,
stati di monitoraggio), l'elenco degli obiettivi e gli scostamenti rilevanti con le note.
Tre grafici di Excel veri, costruiti sulle celle del foglio: raggiungimento medio per centro,
stati per centro, obiettivi per fascia. FILE.xlsx non cambia.
  --pdf CARTELLA       salva anche la relazione in PDF (serve LibreOffice)
  --periodo AAAA-MM    la relazione a quel mese (es. il monitoraggio semestrale 2021-06):
                       avanzamenti, date e valori tornano a quelli registrati fino a quel
                       mese nel registro Rilevazioni, e l'atteso si misura a fine mese
`,
    en: `schede-peg relazione FILE.xlsx -o REL.xlsx [--pdf DIR] [--periodo YYYY-MM]

Writes REL.xlsx, a new workbook with the printable sheet "Relazione" (A4): summary,
distribution by achievement band (0–49, 50–79, 80–89, 90–100), results by settore, centro
di responsabilità and responsabile (objectives, mean achievement, bands, monitoring
statuses), the list of objectives and the notable deviations with their notes. Three real
Excel charts built on the sheet's cells: mean achievement by centro, statuses by centro,
objectives by band. FILE.xlsx is not changed.
  --pdf DIR            also saves the report as PDF (needs LibreOffice)
  --periodo YYYY-MM    the report at that month (e.g. the half-year monitoring 2021-06):
                       progress, dates and values go back to those logged up to that month
                       in the Rilevazioni log, and the expected progress is measured at its end
`,
  },
  valida: {
    it: `schede-peg valida FILE.xlsx --obiettivo CODICE --valore N [--nota TESTO]
                 [--data AAAA-MM-GG] [--motivazione TESTO] [--utente NOME] [-o OUT.xlsx]

Registra il raggiungimento validato dal Nucleo di valutazione per un obiettivo: le colonne
«Raggiungimento validato %», «Nota del Nucleo» e «Data validazione» del foglio Obiettivi,
accanto al raggiungimento calcolato (che non cambia), e una riga nel registro Rilevazioni per
ogni campo che cambia (elemento «Obiettivo»); se la tabella Obiettivi non ha queste colonne,
le aggiunge in fondo. Una volta validato, l'obiettivo è bloccato: per
cambiare valore, nota o data serve --motivazione, che resta nel registro. Scheda e Relazione
mostrano il valore validato accanto a quello calcolato; le fasce della Relazione lo contano.
Il file viene riscritto al suo posto (in modo sicuro: prima un file temporaneo); gli altri
fogli e le altre parti restano come sono.
  --obiettivo CODICE   l'obiettivo da validare (uno)
  --valore N           il raggiungimento validato, da 0 a 100 (es. 85 o 92,5)
  --nota TESTO         la nota del Nucleo (se manca resta quella che c'è)
  --data AAAA-MM-GG    la data della validazione (predefinita: oggi quando il valore cambia)
  --motivazione TESTO  obbligatoria per cambiare una validazione già registrata
  --utente NOME        chi la registra (predefinito: l'utente del computer)
  -o OUT.xlsx          scrive OUT.xlsx e lascia FILE.xlsx com'è
Uscita: 0 validato (o già validato così), 2 rifiutato o file non utilizzabile: nulla è scritto.
`,
    en: `schede-peg valida FILE.xlsx --obiettivo CODE --valore N [--nota TEXT]
                 [--data YYYY-MM-DD] [--motivazione TEXT] [--utente NAME] [-o OUT.xlsx]

Records the achievement validated by the Nucleo di valutazione (the evaluation board) for an
objective: the columns "Raggiungimento validato %", "Nota del Nucleo" and "Data validazione"
of the Obiettivi sheet, beside the computed achievement (which does not change), and one row
in the Rilevazioni log per field that changes (elemento "Obiettivo"); when the Obiettivi
table lacks these columns, they are added at its end. Once validated, the
objective is locked: changing its value, note or date needs --motivazione, kept in the log.
Scheda and Relazione show the validated value beside the computed one; the Relazione's bands
count it. The file is rewritten in place (safely: through a temporary file); the other sheets
and parts stay as they are.
  --obiettivo CODE     the objective to validate (one)
  --valore N           the validated achievement, 0 to 100 (e.g. 85 or 92,5)
  --nota TEXT          the board's note (when missing, the one there stays)
  --data YYYY-MM-DD    the validation's date (default: today when the value changes)
  --motivazione TEXT   required to change a validation already recorded
  --utente NAME        who records it (default: the computer's user)
  -o OUT.xlsx          writes OUT.xlsx and leaves FILE.xlsx as it is
Exit: 0 validated (or already validated so), 2 refused or unusable file: nothing is written.
`,
  },
};

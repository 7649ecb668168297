/**
 * `schede-peg relazione FILE.xlsx -o REL.xlsx [--pdf DIR] [--periodo AAAA-MM]`: a new
 * workbook holding the printable Relazione with its native charts; FILE is only read.
 */
import { mkdir } from "node:fs/promises";
import { writeSchedeOnly } from "../../adapters/xlsx-file/schede";
import { computeAll } from "../../core/compute";
import { meseIt, percentText } from "../../core/layout/format";
import { buildRelazione, RELAZIONE_SHEET_NAME } from "../../core/relazione/layout";
import { relazioneData } from "../../core/relazione/data";
import { modelAtMonth } from "../../core/rilevazione/at-month";
import type { Parsed } from "../args";
import { EXIT, type ExitCode } from "../errors";
import { plural } from "../format";
import type { CliIo } from "../io";
import { today } from "./genera";
import { loadPegFile } from "./load";
import { checkNewFile } from "./output";
import { convertToPdf, findSoffice, NO_PDF } from "./pdf";

type RelazioneCommand = Extract<Parsed, { kind: "relazione" }>;

export async function relazione(cmd: RelazioneCommand, io: CliIo): Promise<ExitCode> {
  checkNewFile(cmd.file, cmd.output);
  const soffice = cmd.pdfDir === null ? null : findSoffice(io.env);
  const { parsed } = await loadPegFile(cmd.file);
  const model = cmd.periodo === null ? parsed.model : modelAtMonth(parsed.model, cmd.periodo);
  const data = relazioneData(model, computeAll(model));
  const { layout, charts } = buildRelazione(model, data, { dataElaborazione: today() });
  await writeSchedeOnly([{ layout, charts, marker: { kind: "relazione" } }], cmd.output);

  const lines = [
    `Scritto «${cmd.output}»: relazione di ${plural(data.total.objectives, "obiettivo", "obiettivi")} ` +
      `(periodo di riferimento: ${meseIt(model.impostazioni.periodoRiferimento)}) nel foglio «${RELAZIONE_SHEET_NAME}» ` +
      `con ${plural(charts.length, "grafico", "grafici")}.`,
    `Raggiungimento medio: ${data.total.overall === null ? "nessun obiettivo misurato" : percentText(data.total.overall)}; ` +
      `scostamenti rilevanti: ${data.deviations.length}.`,
  ];
  if (data.warning !== null) lines.push(`Attenzione: ${data.warning}`);
  if (cmd.periodo !== null)
    lines.push(
      "Avanzamenti, date e valori sono quelli registrati fino a quel mese nel registro " +
        "Rilevazioni; i valori scritti nelle celle senza una rilevazione restano quelli attuali.",
    );
  io.out(lines.join("\n"));

  if (cmd.pdfDir === null) return EXIT.ok;
  if (!soffice) {
    io.err(NO_PDF[cmd.lang]);
    return EXIT.unusable;
  }
  await mkdir(cmd.pdfDir, { recursive: true });
  io.out(`Scritto «${await convertToPdf(soffice, cmd.output, cmd.pdfDir)}».`);
  return EXIT.ok;
}

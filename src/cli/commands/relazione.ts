/**
 * `schede-peg relazione FILE.xlsx -o REL.xlsx [--pdf DIR] [--periodo AAAA-MM]`: a new
 * workbook holding the printable Relazione with its native charts; FILE is only read.
 */
import { mkdir } from "node:fs/promises";
import { writeSchedeOnly } from "../../adapters/xlsx-file/schede";
import { computeAll } from "../../core/compute";
import { meseIt, percentText } from "../../core/layout/format";
import { buildRelazione, RELAZIONE_SHEET_NAME } from "../../core/relazione/layout";
import { relazioneData, topHeavyWarning, type RelazioneData } from "../../core/relazione/data";
import type { PegModel } from "../../core/model/types";
import { modelAtMonth } from "../../core/rilevazione/at-month";
import type { Parsed } from "../args";
import { EXIT, type ExitCode } from "../errors";
import { plural } from "../format";
import type { CliIo } from "../io";
import { today } from "./genera";
import { loadPegFile } from "./load";
import { checkNewFile } from "./output";
import { convertToPdf, findSoffice, NO_PDF, writtenPdf } from "./pdf";

type RelazioneCommand = Extract<Parsed, { kind: "relazione" }>;

/** what `relazione` tells of the file it wrote, in the command's language */
function summary(
  cmd: RelazioneCommand,
  model: PegModel,
  data: RelazioneData,
  charts: number,
): string[] {
  const { objectives, overall } = data.total;
  const deviations = data.deviations.length;
  const month = model.impostazioni.periodoRiferimento;
  if (cmd.lang === "en") {
    const warning = topHeavyWarning(
      data.objectives.map((x) => x.judged),
      "en",
    );
    return [
      `Written "${cmd.output}": report on ${plural(objectives, "objective", "objectives", "en")} ` +
        `(reference month: ${meseIt(month, "en")}) on the sheet "${RELAZIONE_SHEET_NAME}" ` +
        `with ${plural(charts, "chart", "charts", "en")}.`,
      `Average achievement: ${overall === null ? "no objective measured" : percentText(overall, "en")}; ` +
        `significant deviations: ${deviations}.`,
      ...(warning === null ? [] : [`Warning: ${warning}`]),
      ...(cmd.periodo === null
        ? []
        : [
            "Progress, dates and values are those logged up to that month in the Rilevazioni " +
              "log; the values written in cells without a logged change stay the current ones.",
          ]),
    ];
  }
  return [
    `Scritto «${cmd.output}»: relazione di ${plural(objectives, "obiettivo", "obiettivi")} ` +
      `(periodo di riferimento: ${meseIt(month)}) nel foglio «${RELAZIONE_SHEET_NAME}» ` +
      `con ${plural(charts, "grafico", "grafici")}.`,
    `Raggiungimento medio: ${overall === null ? "nessun obiettivo misurato" : percentText(overall)}; ` +
      `scostamenti rilevanti: ${deviations}.`,
    ...(data.warning === null ? [] : [`Attenzione: ${data.warning}`]),
    ...(cmd.periodo === null
      ? []
      : [
          "Avanzamenti, date e valori sono quelli registrati fino a quel mese nel registro " +
            "Rilevazioni; i valori scritti nelle celle senza una rilevazione restano quelli attuali.",
        ]),
  ];
}

export async function relazione(cmd: RelazioneCommand, io: CliIo): Promise<ExitCode> {
  checkNewFile(cmd.file, cmd.output);
  const soffice = cmd.pdfDir === null ? null : findSoffice(io.env);
  const { parsed } = await loadPegFile(cmd.file, cmd.lang);
  const model = cmd.periodo === null ? parsed.model : modelAtMonth(parsed.model, cmd.periodo);
  const data = relazioneData(model, computeAll(model));
  const { layout, charts } = buildRelazione(model, data, { dataElaborazione: today() });
  await writeSchedeOnly([{ layout, charts, marker: { kind: "relazione" } }], cmd.output);

  io.out(summary(cmd, model, data, charts.length).join("\n"));

  if (cmd.pdfDir === null) return EXIT.ok;
  if (!soffice) {
    io.err(NO_PDF[cmd.lang]);
    return EXIT.unusable;
  }
  await mkdir(cmd.pdfDir, { recursive: true });
  io.out(writtenPdf(await convertToPdf(soffice, cmd.output, cmd.pdfDir), cmd.lang));
  return EXIT.ok;
}

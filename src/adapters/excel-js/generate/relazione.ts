/**
 * «Genera relazione» on the open workbook: the Relazione of core/relazione (the same content,
 * layout and charts as `schede-peg relazione`) written as one marked sheet with its native
 * charts. One round trip reads the tables, the sheet names and our markers (as «Genera
 * schede»), one writes the sheet, its styles and its charts. Our earlier Relazione is replaced;
 * a user's sheet named «Relazione» is left as it is and the report takes the next free name.
 */
import { computeAll } from "../../../core/compute";
import { planSingleSheet } from "../../../core/layout/sheet-plan";
import type { IsoDate, Month } from "../../../core/model/types";
import { modelAtMonth } from "../../../core/rilevazione/at-month";
import type { RelazioneReport } from "../../../core/ports";
import { relazioneData } from "../../../core/relazione/data";
import { RELAZIONE_SHEET_NAME, buildRelazione } from "../../../core/relazione/layout";
import { queueCharts } from "./charts";
import { queueSetup, readForPrinting, today } from "./index";
import { StyleRegistry } from "./styles";
import { GENERATE_BUDGET_BYTES, estimateStyleBytes, queueSheet } from "./write";
import { markerNamer, plainSheetWork } from "./works";

export interface RelazioneTuning {
  readonly today?: IsoDate;
  /** the plan as it stood at the end of that month; the current one when absent */
  readonly periodo?: Month;
}

/** Estimated bytes of one chart's commands: add, title, position, axes, labels, legend, series. */
export const CHART_BYTES = 4_000;

export async function generateRelazioneSheet(
  tuning: RelazioneTuning = {},
): Promise<RelazioneReport> {
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const read = await readForPrinting(context, "la relazione");
    const { state } = read;
    const model = tuning.periodo ? modelAtMonth(read.model, tuning.periodo) : read.model;
    const data = relazioneData(model, computeAll(model));
    const planned = planSingleSheet(RELAZIONE_SHEET_NAME, "relazione", state.sheets);
    const { layout, charts } = buildRelazione(model, data, {
      dataElaborazione: tuning.today ?? today(),
      sheetName: planned.name,
    });
    const styles = new StyleRegistry();
    const work = plainSheetWork(planned, { kind: "relazione" }, layout, markerNamer(state), styles);
    const defs = styles.defs();
    const bytes = work.bytes + estimateStyleBytes(defs) + charts.length * CHART_BYTES;
    // one sheet cannot be split between round trips: a plan that large is refused before writing
    if (bytes > GENERATE_BUDGET_BYTES)
      throw new Error(
        `La relazione di ${data.total.objectives} obiettivi è troppo grande per essere scritta in Excel in una volta: usare il comando «schede-peg relazione».`,
      );
    queueSetup(context, state, defs);
    const sheet = queueSheet(context, work, null);
    queueCharts(sheet, layout, charts);
    sheet.activate();
    await context.sync();
    return {
      sheet: planned.name,
      ...(planned.name !== RELAZIONE_SHEET_NAME ? { nameTaken: RELAZIONE_SHEET_NAME } : {}),
      periodo: model.impostazioni.periodoRiferimento,
      objectives: data.total.objectives,
      charts: charts.length,
      overall: data.total.overall,
      deviations: data.deviations.length,
    };
  });
}

/** Bench cases of the data operations of the Excel port. */
import { appendAll } from "../../src/adapters/excel-js/append";
import { recordsToBlock } from "../../src/adapters/excel-js/cells";
import { forgetTableShapes, readTables } from "../../src/adapters/excel-js/read-tables";
import { queueConditionalRefresh } from "../../src/adapters/excel-js/refresh";
import { createExcelPort } from "../../src/adapters/excel-js";
import { computeAll } from "../../src/core/compute";
import type { Month, PegModel, Rilevazione } from "../../src/core/model/types";
import { tableById } from "../../src/core/schema/tables";
import { checkModel } from "../../src/core/verifica";
import type { BenchCase } from "./types";

const DATA = ["obiettivi", "fasi", "indicatori", "soggetti"] as const;

/** The bulk write loadSample does, with any model (loadSample itself has the sample only). */
export async function bulkWrite(model: PegModel): Promise<void> {
  await Excel.run({ delayForCellEdit: true }, async (context) => {
    const read = await readTables(context, [...DATA]);
    const jobs = DATA.map((id) => {
      const t = read.tables[id];
      if (!t) throw new Error(`tabella ${tableById(id).table} assente`);
      return {
        target: { def: t.def, blankRows: t.rows.length },
        block: recordsToBlock(t.def, t.headers, model[id] as object[]),
      };
    });
    await appendAll(context, jobs);
    queueConditionalRefresh(
      context,
      DATA.map((id) => read.tables[id]).filter((t) => t !== undefined),
    );
    await context.sync();
  });
}

/** A year of monthly log: one row per phase and per indicator each month. */
/** Appends a year of log rows to the workbook; returns them (what the pane reads back). */
export async function appendYearOfLog(model: PegModel): Promise<Rilevazione[]> {
  const rows: Rilevazione[] = [];
  for (let m = 1; m <= 12; m += 1) {
    const periodo = `2021-${String(m).padStart(2, "0")}` as Month;
    const base = { periodo, nota: "", utente: "bench", timestamp: `${periodo}-28T10:00:00` };
    for (const f of model.fasi) {
      rows.push({
        ...base,
        obiettivo: f.obiettivo,
        elemento: "Fase",
        numero: f.numero,
        campo: "avanzamento",
        valorePrecedente: m * 5,
        valoreNuovo: m * 8,
      });
    }
    for (const i of model.indicatori) {
      rows.push({
        ...base,
        obiettivo: i.obiettivo,
        elemento: "Indicatore",
        numero: i.numero,
        campo: "valoreRaggiunto",
        valorePrecedente: m,
        valoreNuovo: m + 1,
      });
    }
  }
  await Excel.run({ delayForCellEdit: true }, async (context) => {
    const read = await readTables(context, ["rilevazioni"]);
    const t = read.tables.rilevazioni;
    if (!t) throw new Error("tabella tblRilevazioni assente");
    await appendAll(context, [
      {
        target: { def: t.def, blankRows: t.rows.length },
        block: recordsToBlock(t.def, t.headers, rows),
      },
    ]);
  });
  return rows;
}

export const DATA_CASES: readonly BenchCase[] = [
  {
    operation: "lettura modello (load)",
    async run(model, env) {
      await env.filled(model);
      await createExcelPort().load();
    },
  },
  {
    operation: "lettura con un anno di registro",
    async run(model, env) {
      await env.filled(model);
      await appendYearOfLog(model);
      env.reset();
      await createExcelPort().load();
    },
  },
  {
    // every read after the pane's first is sized on the tables' last read
    operation: "lettura successiva (load, riquadro già aperto)",
    async run(model, env) {
      await env.filled(model);
      await createExcelPort().load();
      env.reset();
      await createExcelPort().load();
    },
  },
  {
    // the pane reopened on a saved document: sized on the shapes the last pane kept
    operation: "lettura alla riapertura del riquadro",
    async run(model, env) {
      await env.filled(model);
      let kept: string | null = null;
      const store = { read: () => kept, write: (text: string) => void (kept = text) };
      await createExcelPort("it", store).load();
      forgetTableShapes();
      env.reset();
      await createExcelPort("it", store).load();
    },
  },
  {
    operation: "lettura successiva con un anno di registro",
    async run(model, env) {
      await env.filled(model);
      await appendYearOfLog(model);
      await createExcelPort().load();
      env.reset();
      await createExcelPort().load();
    },
  },
  {
    operation: "prepara struttura (cartella vuota)",
    async run(_model, env) {
      env.empty();
      await createExcelPort().prepare();
    },
  },
  {
    operation: "prepara struttura (già pronta)",
    async run(model, env) {
      await env.filled(model);
      await createExcelPort().prepare();
    },
  },
  {
    operation: "scrittura in blocco (come esempio)",
    async run(model, env) {
      await env.prepared();
      await bulkWrite(model);
    },
  },
  {
    operation: "salvataggio mensile",
    async run(model, env) {
      await env.filled(model);
      const fase = model.fasi[model.fasi.length - 1];
      const result = await createExcelPort().saveRilevazione({
        periodo: "2021-04" as Month,
        obiettivo: fase.obiettivo,
        utente: "bench",
        edits: [
          {
            elemento: "Fase",
            numero: fase.numero,
            campo: "avanzamento",
            previous: fase.avanzamento,
            value: fase.avanzamento === 50 ? 60 : 50,
          },
        ],
      });
      if (result.kind !== "saved") throw new Error(JSON.stringify(result));
    },
  },
  {
    operation: "scrittura colonne calcolate",
    async run(model, env) {
      await env.filled(model);
      // as in the pane, after the read that computed the results
      await createExcelPort().load();
      const result = computeAll(model);
      env.reset();
      await createExcelPort().writeComputed(result);
    },
  },
  {
    operation: "verifica + calcolo (solo core)",
    async run(model, env) {
      env.empty();
      checkModel(model);
      computeAll(model);
    },
  },
];

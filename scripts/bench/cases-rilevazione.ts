/** Bench cases of the rilevazione save on a workbook holding a year of log. */
import { createExcelPort } from "../../src/adapters/excel-js";
import { withLoggedBefore } from "../../src/core/rilevazione/history";
import type { RilevazioneEdit } from "../../src/core/rilevazione/types";
import type { Month, PegModel } from "../../src/core/model/types";
import { appendYearOfLog } from "./cases-data";
import type { BenchCase, BenchEnv } from "./types";

/** Types a value in the last phase's Avanzamento cell, as a user would, and waits for the pane. */
async function typeAvanzamento(env: BenchEnv, value: number): Promise<void> {
  const fasi = env.book().table("tblFasi");
  const [, first, top] = /^([A-Z]+)(\d+)/.exec(fasi.address) ?? [];
  const col = String.fromCharCode(first.charCodeAt(0) + fasi.headers.indexOf("Avanzamento %"));
  await env.fake().typeInCells(`${fasi.sheet}!${col}${Number(top) + fasi.rows.length}`, [[value]]);
  await env.fake().settle();
}

/** Fills the workbook with `model` and a year of log, then saves one edit of `obiettivo`. */
async function saveWithLog(
  model: PegModel,
  env: BenchEnv,
  obiettivo: string,
  edit: RilevazioneEdit,
): Promise<void> {
  await env.filled(model);
  const log = await appendYearOfLog(model);
  env.reset();
  const periodo = "2021-04" as Month;
  // as the pane's form sends it: with the value logged before the month (see withLoggedBefore)
  const result = await createExcelPort().saveRilevazione({
    periodo,
    obiettivo,
    utente: "bench",
    edits: withLoggedBefore(log, obiettivo, periodo, [edit]),
  });
  if (result.kind !== "saved") throw new Error(JSON.stringify(result));
}

export const RILEVAZIONE_CASES: readonly BenchCase[] = [
  {
    operation: "salvataggio mensile con un anno di registro",
    async run(model, env) {
      const fase = model.fasi[model.fasi.length - 1];
      await saveWithLog(model, env, fase.obiettivo, {
        elemento: "Fase",
        numero: fase.numero,
        campo: "avanzamento",
        previous: fase.avanzamento,
        value: fase.avanzamento === 50 ? 60 : 50,
      });
    },
  },
  {
    // the cumulative rule, with the value logged before the month sent by the form
    operation: "salvataggio mensile con un anno di registro (indicatore cumulativo)",
    async run(model, env) {
      const last = model.indicatori.length - 1;
      const ind = { ...model.indicatori[last], cumulativo: true };
      const indicatori = [...model.indicatori.slice(0, last), ind];
      await saveWithLog({ ...model, indicatori }, env, ind.obiettivo, {
        elemento: "Indicatore",
        numero: ind.numero,
        campo: "valoreRaggiunto",
        previous: ind.valoreRaggiunto,
        // above anything logged before April (see appendYearOfLog) and the current value
        value: Math.max(100, ind.valoreRaggiunto ?? 0) + 1,
      });
    },
  },
  {
    // the log gets a row; its rows are not read
    operation: "chiusura di un mese con un anno di registro",
    async run(model, env) {
      await env.filled(model);
      await appendYearOfLog(model);
      env.reset();
      await createExcelPort().saveSetting("periodiChiusi", "2021-04", "bench");
    },
  },
  {
    // the log read once when listening starts; each event reads the rows added since
    operation: "valore scritto a mano in Fasi con un anno di registro",
    async run(model, env) {
      await env.filled(model);
      await appendYearOfLog(model);
      await createExcelPort().watchTyping?.(
        () => "bench",
        () => undefined,
      );
      env.reset();
      await typeAvanzamento(env, 77);
    },
  },
];

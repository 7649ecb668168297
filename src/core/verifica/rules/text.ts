/** Text longer than an Excel cell can hold would be cut when written back. */
import { tableById, type TableId } from "../../schema/tables";
import { formatNumberEn, formatNumberIt } from "../../text/numbers";
import { rowWho, type Rule } from "../context";

/** Excel's limit of characters in one cell */
export const EXCEL_CELL_CHARS = 32_767;

export const textLength: Rule = (v) => {
  const m = v.model;
  const tables: [TableId, readonly object[]][] = [
    ["obiettivi", m.obiettivi],
    ["fasi", m.fasi],
    ["indicatori", m.indicatori],
    ["soggetti", m.soggetti],
    ["rilevazioni", m.rilevazioni],
  ];
  for (const [table, records] of tables) {
    // the table's text columns, not every field of the record: this runs over every row, and
    // the other types hold no free text (a date, a number or an enum is read as such, or empty)
    const keys = tableById(table)
      .columns.filter((c) => !c.computed && c.type === "text")
      .map((c) => c.key);
    for (const record of records) {
      const r = record as Record<string, unknown> & { origin?: { row: number } };
      for (const key of keys) {
        const x = r[key];
        if (typeof x !== "string" || x.length <= EXCEL_CELL_CHARS) continue;
        const objective = String(r.obiettivo ?? r.codice ?? "") || null;
        v.report({
          table,
          record: r,
          key,
          severity: "error",
          rule: `${table}.testo.troppo-lungo`,
          objective,
          who: rowWho(objective),
          text: {
            it: `il testo ha ${formatNumberIt(x.length)} caratteri, oltre i ${formatNumberIt(EXCEL_CELL_CHARS)} che una cella di Excel può contenere. Accorciarlo.`,
            en: `the text has ${formatNumberEn(x.length)} characters, more than the ${formatNumberEn(EXCEL_CELL_CHARS)} an Excel cell can hold. Shorten it.`,
          },
        });
      }
    }
  }
};

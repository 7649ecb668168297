/**
 * Every column of every schema table, and every setting, has its declared fate in the new
 * year: a column added to the schema without one makes this test fail.
 */
import { COLUMN_FATES, SETTING_FATES } from "../../../src/core/cycle/fates";
import { SETTINGS } from "../../../src/core/schema/settings";
import { TABLES } from "../../../src/core/schema/tables";

describe("fate of every column in the new year", () => {
  const columns = TABLES.flatMap((def) => def.columns.map((col) => ({ def, col })));

  it.each(columns.map(({ def, col }) => [`${def.table}.${col.key}`, def.id, col.key] as const))(
    "%s has a fate",
    (_name, table, key) => {
      expect(COLUMN_FATES[table]?.[key]).toBeDefined();
    },
  );

  it("declares no fate for a column the schema does not have", () => {
    for (const [table, fates] of Object.entries(COLUMN_FATES)) {
      const def = TABLES.find((t) => t.id === table);
      expect(def).toBeDefined();
      expect(Object.keys(fates).sort()).toEqual(def!.columns.map((c) => c.key).sort());
    }
  });

  it("computed columns, and only they, are computed again", () => {
    for (const { def, col } of columns) {
      const computed = COLUMN_FATES[def.id][col.key].kind === "computed";
      expect([`${def.table}.${col.key}`, computed]).toEqual([
        `${def.table}.${col.key}`,
        col.computed === true,
      ]);
    }
  });

  it("the keys that match a record with its objective are never emptied", () => {
    for (const def of TABLES.filter((t) => t.id !== "rilevazioni")) {
      for (const key of def.key) expect(COLUMN_FATES[def.id][key].kind).not.toBe("emptied");
    }
  });

  it.each(SETTINGS.map((s) => [s.key]))("setting %s has a fate", (key) => {
    expect(SETTING_FATES[key]).toBeDefined();
  });

  it("declares no fate for a setting that does not exist", () => {
    expect(Object.keys(SETTING_FATES).sort()).toEqual(SETTINGS.map((s) => s.key).sort());
  });
});

import { defaultImpostazioni, emptyModel } from "../../../src/core/model/defaults";
import { SETTINGS } from "../../../src/core/schema/settings";

describe("defaults", () => {
  it("takes every setting from the schema defaults", () => {
    const imp = defaultImpostazioni() as unknown as Record<string, unknown>;
    for (const s of SETTINGS) {
      const v = imp[s.key];
      expect(v).toEqual(s.defaultValue);
    }
  });

  it("starts with no records and fresh arrays", () => {
    const a = emptyModel();
    const b = emptyModel();
    expect(a.obiettivi).toEqual([]);
    a.fasi.push({} as never);
    a.impostazioni.periodiChiusi.push("2021-01" as never);
    expect(b.fasi).toEqual([]);
    expect(b.impostazioni.periodiChiusi).toEqual([]);
  });
});

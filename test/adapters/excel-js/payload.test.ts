import { appendAll } from "../../../src/adapters/excel-js/append";
import { recordsToBlock } from "../../../src/adapters/excel-js/cells";
import { readTables } from "../../../src/adapters/excel-js/read-tables";
import { samplePeg } from "../../../src/core/sample";
import { PAYLOAD_LIMIT_BYTES } from "../../fakes/excel";
import { freshBook, syncs } from "./helpers";

const ROWS = 2500;
const LONG = "x".repeat(2500);

describe("tables over the 5 MB limit", () => {
  it("are written in chunks and read back in chunks, every accepted round trip under 5 MB", async () => {
    const { user } = freshBook();
    await user.run((p) => p.prepare());
    const base = samplePeg().obiettivi[0];
    const many = Array.from({ length: ROWS }, (_, i) => ({
      ...base,
      codice: `OB${i}`,
      descrizione: LONG,
    }));
    user.fake.resetStats();
    await user.run(() =>
      Excel.run(async (context) => {
        const t = (await readTables(context, ["obiettivi"])).tables.obiettivi;
        if (!t) throw new Error("tblObiettivi");
        const block = recordsToBlock(t.def, t.headers, many);
        await appendAll(context, [{ target: { def: t.def, blankRows: t.rows.length }, block }]);
      }),
    );
    const written = user.fake.stats();
    expect(written.largest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(written.syncs).toBeGreaterThan(2);

    user.fake.resetStats();
    const loaded = await user.run((p) => p.load());
    expect(loaded.model.obiettivi.map((o) => o.codice)).toEqual(many.map((o) => o.codice));
    expect(loaded.model.obiettivi.every((o) => o.descrizione === LONG)).toBe(true);
    const read = user.fake.stats();
    expect(syncs(user)).toBeGreaterThan(2);
    const accepted = read.responseBytes.filter((b) => b <= PAYLOAD_LIMIT_BYTES);
    expect(accepted.length).toBe(read.responseBytes.length - 1); // only the first try is refused
  });
});

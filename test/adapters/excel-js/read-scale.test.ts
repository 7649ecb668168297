/**
 * The pane's read at 31, 300 and 3,000 objectives with a year of Rilevazioni (the bench's
 * workbooks): one sync while everything fits one answer, then as many syncs as the bytes need
 * (⌈bytes / 5 MB⌉), and never a round trip Excel on the web would refuse.
 */
import { createExcelPort } from "../../../src/adapters/excel-js";
import { appendYearOfLog, bulkWrite } from "../../../scripts/bench/cases-data";
import { scaledModel } from "../../../scripts/bench/data";
import {
  FakeWorkbook,
  PAYLOAD_LIMIT_BYTES,
  installFakeExcel,
  uninstallFakeExcel,
} from "../../fakes/excel";

afterEach(() => uninstallFakeExcel());

describe("load with a year of log", () => {
  it.each([
    [31, 1],
    [300, 1],
    [3000, 4],
  ])(
    "at %i objectives takes %i sync(s), none refused",
    async (objectives, expected) => {
      const model = scaledModel(objectives);
      const fake = installFakeExcel(new FakeWorkbook());
      await createExcelPort().prepare();
      await bulkWrite(model);
      await appendYearOfLog(model);
      fake.resetStats();
      const loaded = await createExcelPort().load();
      const stats = fake.stats();
      expect(loaded.model.obiettivi).toHaveLength(objectives);
      expect(loaded.model.rilevazioni).toHaveLength(
        12 * (model.fasi.length + model.indicatori.length),
      );
      expect(stats.syncs).toBe(expected);
      const all = [...stats.payloadBytes, ...stats.responseBytes];
      expect(all.filter((b) => b > PAYLOAD_LIMIT_BYTES)).toEqual([]);
      const total = stats.responseBytes.reduce((a, b) => a + b, 0);
      expect(stats.syncs).toBeLessThanOrEqual(Math.ceil(total / PAYLOAD_LIMIT_BYTES));
    },
    120_000,
  );
});

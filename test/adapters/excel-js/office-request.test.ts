/**
 * The payload estimates that cut "Genera schede" into round trips, checked against the request
 * bodies Microsoft's Office.js library itself builds for the same commands (no Excel needed).
 * Excel on the web refuses requests over 5 MB: an estimate below the real size could send a
 * batch Excel refuses, one far above it would cost round trips for nothing.
 */
import { generateSchede } from "../../../src/adapters/excel-js/generate";
import { GENERATE_BUDGET_BYTES } from "../../../src/adapters/excel-js/generate/write";
import type { IsoDate, PegModel } from "../../../src/core/model/types";
import { samplePeg } from "../../../src/core/sample";
import { PAYLOAD_LIMIT_BYTES } from "../../fakes/excel";
import { repeatedSample, setupWorkbook, teardown } from "./generate.helpers";
import { type Measured, loadOfficeJs, measureGeneration } from "../../fakes/office-request";

const TODAY = "2021-04-29" as IsoDate;
let excel: typeof Excel;

beforeAll(() => {
  excel = loadOfficeJs();
});

const total = (parts: readonly Measured[], key: "real" | "estimated"): number =>
  parts.reduce((n, p) => n + p[key], 0);

describe.each<[string, () => PegModel, number]>([
  ["the sample", samplePeg, 31],
  ["300 objectives", () => repeatedSample(300), 300],
])("%s, all schede and the index in one request", (_label, model, schede) => {
  let parts: Measured[];
  beforeAll(() => {
    parts = measureGeneration(excel, model(), TODAY);
  });

  test("the real library serializes the commands: every part of the request has a size", () => {
    expect(parts).toHaveLength(2 + schede + 1);
    for (const p of parts) expect({ [p.label]: p.real > 0 }).toEqual({ [p.label]: true });
  });

  test("each part's estimate covers what Office.js sends for it", () => {
    expect(parts.filter((p) => p.estimated < p.real)).toEqual([]);
  });

  test("the estimate stays within 30 % of the real request, so no round trip is wasted", () => {
    expect(total(parts, "estimated")).toBeLessThanOrEqual(total(parts, "real") * 1.3);
  });

  test("one round trip: under the batch budget by estimate, under 5 MB for real", () => {
    expect(total(parts, "estimated")).toBeLessThanOrEqual(GENERATE_BUDGET_BYTES);
    expect(total(parts, "real")).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  test("the simulated Excel weighs the same write within 15 %", async () => {
    const { fake } = setupWorkbook(model());
    try {
      await generateSchede({ index: true }, undefined, undefined, { today: TODAY });
      const [, write] = fake.stats().payloadBytes;
      const real = total(parts, "real");
      expect(write).toBeGreaterThan(real * 0.85);
      expect(write).toBeLessThan(real * 1.15);
    } finally {
      teardown();
    }
  });
});

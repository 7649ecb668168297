/**
 * Every bench case, in the order of the table. Other operations add their own list here
 * (e.g. `cases-generate.ts` exporting GENERATE_CASES for the schede generation).
 */
import { DATA_CASES } from "./cases-data";
import { RILEVAZIONE_CASES } from "./cases-rilevazione";
import type { BenchCase } from "./types";

export const BENCH_CASES: readonly BenchCase[] = [...DATA_CASES, ...RILEVAZIONE_CASES];

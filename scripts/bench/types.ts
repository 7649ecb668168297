/** What a bench case is and what it measures. */
import type { PegModel } from "../../src/core/model/types";
import type { FakeExcel, FakeWorkbook } from "../../test/fakes/excel";

export interface BenchRow {
  readonly operation: string;
  readonly objectives: number;
  /** round trips to Excel */
  readonly syncs: number;
  /** the largest request or response of one accepted round trip, in bytes */
  readonly payloadBytes: number;
  /**
   * the fewest round trips the bytes moved could take: ⌈(requests + responses) / 5 MB⌉ of the
   * accepted ones, at least 1 when anything moved (the goal the syncs are held to)
   */
  readonly minSyncs: number;
  /** round trips refused as over 5 MB (then redone in chunks) */
  readonly refused?: number;
  readonly ms: number;
}

export interface BenchCase {
  /** Italian name shown in the table */
  readonly operation: string;
  /**
   * Runs the operation once on a workbook made for it and returns nothing: the runner
   * measures syncs and payloads from the fake Excel installed as the global one.
   * `model` is the generated plan at the size being measured.
   */
  run(model: PegModel, env: BenchEnv): Promise<void>;
}

/** Helpers the runner gives every case. */
export interface BenchEnv {
  /** installs a fresh fake workbook holding `model` (prepared and filled), stats reset */
  filled(model: PegModel): Promise<void>;
  /** installs an empty fake workbook, stats reset */
  empty(): void;
  /** installs a prepared, empty fake workbook, stats reset */
  prepared(): Promise<void>;
  /** the fake Excel and its workbook, for cases that act as the user would (typing) */
  fake(): FakeExcel;
  book(): FakeWorkbook;
  /** starts counting here (what ran before is setup) */
  reset(): void;
}

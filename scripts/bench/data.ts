/**
 * A plan shaped like the 2021 sample at any size: the sample's objectives repeated with new
 * codes, each with its own phases, indicators and people (≈1.8 phases and ≈2 indicators per
 * objective, as in the report).
 */
import { samplePeg } from "../../src/core/sample";
import type { PegModel } from "../../src/core/model/types";

export function scaledModel(objectives: number): PegModel {
  const sample = samplePeg();
  const out: PegModel = { ...sample, obiettivi: [], fasi: [], indicatori: [], soggetti: [] };
  for (let copy = 0; out.obiettivi.length < objectives; copy += 1) {
    for (const o of sample.obiettivi) {
      if (out.obiettivi.length >= objectives) break;
      const codice = copy === 0 ? o.codice : `${o.codice}-${copy}`;
      const mine = <T extends { obiettivo: string }>(list: T[]) =>
        list.filter((r) => r.obiettivo === o.codice).map((r) => ({ ...r, obiettivo: codice }));
      out.obiettivi.push({ ...o, codice });
      out.fasi.push(...mine(sample.fasi));
      out.indicatori.push(...mine(sample.indicatori));
      out.soggetti.push(...mine(sample.soggetti));
    }
  }
  return out;
}

/** Which objectives a choice selects: the rule of `genera`, the pane's lists and the port. */
import type { Obiettivo } from "../../../src/core/model/types";
import { samplePeg } from "../../../src/core/sample";
import {
  chooseObjectives,
  fold,
  isSelected,
  type ObjectiveFilters,
} from "../../../src/core/selection";

function obiettivo(fields: Partial<Obiettivo>): Obiettivo {
  return { ...samplePeg().obiettivi[0], ...fields };
}

const A = obiettivo({
  codice: "2021_A_01",
  descrizione: "Attività culturali",
  centroResponsabilita: "Cultura",
  responsabile: "Rossi",
  stato: "In Corso",
});
const B = obiettivo({
  codice: "2021_B_01",
  descrizione: "Manutenzione strade",
  centroResponsabilita: "Lavori pubblici",
  responsabile: "Bianchi",
  stato: "Da avviare",
});
const C = obiettivo({
  codice: "2021_C_01",
  descrizione: "Servizi sociali",
  centroResponsabilita: "Servizi sociali",
  responsabile: "Rossi",
  stato: "Sospeso",
});
const ALL = [A, B, C];
const codes = (list: readonly Obiettivo[]) => list.map((o) => o.codice);
const selected = (filters: ObjectiveFilters) => codes(ALL.filter((o) => isSelected(o, filters)));

describe("isSelected", () => {
  test.each<[string, ObjectiveFilters, string[]]>([
    ["no filters: everything", {}, codes(ALL)],
    ["empty lists: everything", { centri: [], responsabili: [], stati: [] }, codes(ALL)],
    ["one centro", { centri: ["Cultura"] }, [A.codice]],
    [
      "several values of one filter: any of them",
      { centri: ["Cultura", "Lavori pubblici"] },
      [A.codice, B.codice],
    ],
    ["case and surrounding spaces ignored", { responsabili: ["  rossi "] }, [A.codice, C.codice]],
    ["filters ANDed", { responsabili: ["Rossi"], stati: ["sospeso"] }, [C.codice]],
    [
      "several values ANDed with another filter",
      { centri: ["Cultura", "Servizi sociali"], stati: ["In Corso", "Da avviare"] },
      [A.codice],
    ],
    ["a value nobody has", { centri: ["Nessun centro"] }, []],
    ["words of the text, accents ignored", { testo: "attivita CULTURALI" }, [A.codice]],
    ["text in the code", { testo: "2021_b" }, [B.codice]],
    ["every word must be there", { testo: "servizi strade" }, []],
  ])("%s", (_title, filters, expected) => expect(selected(filters)).toEqual(expected));

  test("the monitoring status is the result's; without one it is «non misurato»", () => {
    expect(isSelected(A, { esiti: ["critico", "in ritardo"] }, "critico")).toBe(true);
    expect(isSelected(A, { esiti: ["critico"] }, "in linea")).toBe(false);
    expect(isSelected(A, { esiti: ["non misurato"] })).toBe(true);
  });

  test("an objective whose stato is not readable is kept out by a stato filter only", () => {
    const unknown = obiettivo({ stato: null });
    expect(isSelected(unknown, {})).toBe(true);
    expect(isSelected(unknown, { stati: ["In Corso"] })).toBe(false);
  });
});

describe("chooseObjectives", () => {
  test("codes keep the sheet's order, case and spaces ignored, then the filters", () => {
    const choice = chooseObjectives(ALL, [" 2021_c_01", "2021_A_01"], { responsabili: ["Rossi"] });
    expect(choice).toEqual({ ok: true, obiettivi: [A, C] });
  });

  test("no codes: every objective the filters let through", () => {
    expect(chooseObjectives(ALL, undefined, { stati: ["In Corso", "Sospeso"] })).toEqual({
      ok: true,
      obiettivi: [A, C],
    });
  });

  test.each<[string, readonly Obiettivo[], string[] | undefined, ObjectiveFilters, RegExp]>([
    [
      "an empty sheet, whatever the filters",
      [],
      ["X"],
      { centri: ["Cultura"] },
      /^Il foglio Obiettivi è vuoto/,
    ],
    [
      "unknown codes, all named",
      ALL,
      ["2021_A_01", "NO_1", "NO_2"],
      {},
      /non trovato nel foglio Obiettivi: NO_1, NO_2\./,
    ],
    [
      "filters that leave nothing",
      ALL,
      undefined,
      { centri: ["Cultura"], stati: ["Sospeso"] },
      /^Nessun obiettivo corrisponde ai filtri scelti/,
    ],
    ["an empty list of codes", ALL, [], {}, /^Nessun obiettivo corrisponde/],
  ])("refuses %s, saying why", (_title, obiettivi, codici, filters, reason) => {
    const choice = chooseObjectives(obiettivi, codici, filters);
    expect(choice.ok).toBe(false);
    if (!choice.ok) expect(choice.reason).toMatch(reason);
  });

  test("on the sample: a centro written in upper case selects its objectives", () => {
    const model = samplePeg();
    const centro = model.obiettivi[3].centroResponsabilita;
    const choice = chooseObjectives(model.obiettivi, undefined, { centri: [centro.toUpperCase()] });
    const expected = model.obiettivi.filter((o) => o.centroResponsabilita === centro);
    expect(choice).toEqual({ ok: true, obiettivi: expected });
  });
});

test("fold: lower case without accents", () => {
  expect(fold("Attività À È")).toBe("attivita a e");
});

/** The mapping proposed from a file's headers, checked on the two long-format fixtures. */
import { readFileSync } from "node:fs";
import { parseCsv, sniffDelimiter } from "../../../src/core/import/csv";
import { readMapping } from "../../../src/core/import/mapping/contract";
import { detectDecimalSeparator } from "../../../src/core/import/mapping/convert";
import { matchKey, proposeMapping } from "../../../src/core/import/mapping/propose";
import { decodeWindows1252 } from "../../../src/core/import/encoding";
import { fixturePath } from "./fixtures";

function table(name: string): { headers: string[]; rows: string[][] } {
  const bytes = readFileSync(fixturePath(name));
  const text = name.includes("cp1252") ? decodeWindows1252(bytes) : bytes.toString("utf8");
  const [headers, ...rows] = parseCsv(text, sniffDelimiter(text)).filter((r) => r.join("") !== "");
  return { headers, rows };
}

test("matchKey: minuscole, senza accenti, la punteggiatura come spazio", () => {
  expect(matchKey(" Cod. Obiettivo ")).toBe("cod obiettivo");
  expect(matchKey("Unità di misura")).toBe("unita di misura");
  expect(matchKey("Peso %")).toBe("peso %");
});

test("l'esportazione UTF-8: la mappa proposta è quella scritta a mano per il file", () => {
  const { headers, rows } = table("monitoraggio-2024-utf8.csv");
  const proposal = proposeMapping(headers, rows, detectDecimalSeparator(rows.flat()));
  const written = JSON.parse(
    readFileSync(fixturePath("monitoraggio-2024-utf8.mappa.json"), "utf8"),
  );
  expect(proposal.mapping).toEqual(written);
  expect(proposal.notes).toEqual([]);
});

describe("l'esportazione Windows-1252 con codice nella descrizione e trimestri", () => {
  const { headers, rows } = table("monitoraggio-2024-cp1252.csv");
  const proposal = proposeMapping(headers, rows, ",");

  test("anni diversi: filtro sull'ultimo; trimestri come mesi di quell'anno", () => {
    expect(proposal.mapping.filtro).toEqual({ Esercizio: "2024" });
    expect(proposal.mapping.periodo).toEqual({
      colonna: "Trimestre",
      valori: { "1": "2024-03", "2": "2024-06", "3": "2024-09", "4": "2024-12" },
    });
  });

  test("il codice si estrae dall'inizio della descrizione dell'obiettivo", () => {
    const code = proposal.mapping.obiettivi?.Codice;
    expect(code).toEqual({ colonna: "Obiettivo", estrai: expect.any(String) });
    expect(proposal.mapping.fasi?.Obiettivo).toEqual(code);
    const re = new RegExp((code as { estrai: string }).estrai);
    expect(re.exec("OB01 - Ridurre i tempi")?.[1]).toBe("OB01");
    expect(re.exec("2024.3.1 Strade")?.[1]).toBe("2024.3.1");
    expect(re.exec("Attività trasversali")).toBeNull();
  });

  test("colonne riconosciute dai sinonimi; l'unità di misura non si propone (valori fuori elenco)", () => {
    expect(proposal.mapping.obiettivi).toMatchObject({
      Descrizione: "Obiettivo",
      "Centro di responsabilità": "Servizio",
      Responsabile: "Dirigente",
    });
    expect(proposal.mapping.fasi).toMatchObject({ Descrizione: "Azione", Peso: "Peso %" });
    expect(proposal.mapping.indicatori).toMatchObject({
      Descrizione: "Indicatore",
      "Valore atteso": "Target",
      "Valore raggiunto": "Consuntivo",
      Note: "Note",
    });
    expect(proposal.notes).toContainEqual({
      it: "Colonne non usate: «Unità».",
      en: 'Columns not used: "Unità".',
    });
    expect("mapping" in readMapping(proposal.mapping)).toBe(true);
  });
});

test("trimestri senza un anno nel file: i mesi restano da completare e la mappa non è valida", () => {
  const proposal = proposeMapping(
    ["Codice obiettivo", "Indicatore", "Trimestre", "Valore rilevato"],
    [["A", "Pratiche", "I", "3"]],
    ",",
  );
  expect(proposal.mapping.periodo).toEqual({ colonna: "Trimestre", valori: { I: "AAAA-03" } });
  expect(proposal.notes[0].it).toMatch(/completare i «valori» del periodo/);
  expect(proposal.notes[0].en).toMatch(/complete the period's "valori"/);
  expect("errors" in readMapping(proposal.mapping)).toBe(true);
});

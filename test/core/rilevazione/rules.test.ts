/** Rules of a rilevazione save (docs/formule.md §7): refusals, proposals and log rows. */
import { checkRilevazione } from "../../../src/core/rilevazione/rules";
import type { RilevazioneEdit, RilevazioneSave } from "../../../src/core/rilevazione/types";
import type { Rilevazione } from "../../../src/core/model/types";
import { fase, impostazioni, indicatore, iso, model, month, obiettivo } from "../../fixtures/model";

// 14 May 2021, 09:05:07 local time
const NOW = new Date(2021, 4, 14, 9, 5, 7);
const OB = "2021_S08_12";

function logRow(periodo: string, valoreNuovo: number | string, timestamp: string): Rilevazione {
  return {
    periodo: month(periodo),
    obiettivo: OB,
    elemento: "Indicatore",
    numero: 2,
    campo: "valoreRaggiunto",
    valorePrecedente: null,
    valoreNuovo,
    nota: "",
    utente: "bianchi",
    timestamp,
  };
}

const base = model({
  impostazioni: impostazioni({ periodiChiusi: [month("2021-03")] }),
  obiettivi: [obiettivo(OB)],
  fasi: [
    fase(OB, 1, { peso: 100, avanzamento: 40, inizioEffettiva: iso("2021-01-04") }),
    fase(OB, 2, { peso: 0, avanzamento: 90, fineEffettiva: iso("2021-05-10") }),
  ],
  indicatori: [
    indicatore(OB, 1, { valoreAtteso: 90, valoreRaggiunto: 65 }),
    indicatore(OB, 2, { cumulativo: true, valoreAtteso: 400, valoreRaggiunto: 120 }),
  ],
  rilevazioni: [
    logRow("2021-02", 100, "2021-03-02T10:00:00"),
    logRow("2021-03", "130", "2021-04-01T10:00:00"),
    logRow("2021-03", 125, "2021-03-20T10:00:00"),
    logRow("2021-06", 500, "2021-07-01T10:00:00"),
  ],
});

function save(edits: RilevazioneEdit[], over: Partial<RilevazioneSave> = {}): RilevazioneSave {
  return { periodo: month("2021-04"), obiettivo: OB, utente: "rossi", edits, ...over };
}
const phase = (numero: number, campo: RilevazioneEdit["campo"], value: RilevazioneEdit["value"]) =>
  ({ elemento: "Fase", numero, campo, previous: null, value }) as RilevazioneEdit;
const ind = (
  numero: number,
  campo: RilevazioneEdit["campo"],
  value: RilevazioneEdit["value"],
  motivazione?: string,
) =>
  ({
    elemento: "Indicatore",
    numero,
    campo,
    previous: null,
    value,
    motivazione,
  }) as RilevazioneEdit;

describe("rifiuti", () => {
  test.each<[string, RilevazioneSave, RegExp]>([
    [
      "mese chiuso",
      save([phase(1, "avanzamento", 50)], { periodo: month("2021-03") }),
      /2021-03 è chiuso/,
    ],
    ["mese non valido", save([], { periodo: month("2021-13") }), /non è valido/],
    ["obiettivo inesistente", save([], { obiettivo: "XXX" }), /non esiste/],
    ["utente vuoto", save([], { utente: "  " }), /nome utente/],
    ["fase inesistente", save([phase(9, "avanzamento", 50)]), /Fase 9 non esiste/],
    ["avanzamento oltre 100", save([phase(1, "avanzamento", 120)]), /da 0 a 100/],
    ["avanzamento negativo", save([phase(1, "avanzamento", -1)]), /da 0 a 100/],
    ["avanzamento NaN", save([phase(1, "avanzamento", Number.NaN)]), /da 0 a 100/],
    ["avanzamento come testo", save([phase(1, "avanzamento", "50")]), /da 0 a 100/],
    [
      "valore raggiunto infinito",
      save([ind(1, "valoreRaggiunto", Infinity)]),
      /deve essere un numero/,
    ],
    ["data impossibile", save([phase(1, "fineEffettiva", "2021-02-30")]), /non è una data valida/],
    [
      "data in formato italiano",
      save([phase(1, "fineEffettiva", "30/04/2021")]),
      /non è una data valida/,
    ],
    [
      "fine prima dell'inizio",
      save([phase(1, "fineEffettiva", "2021-01-01")]),
      /non può precedere/,
    ],
    ["campo non ammesso per la fase", save([phase(1, "valoreAtteso", 3)]), /non si modifica/],
    [
      "stesso campo due volte",
      save([phase(1, "avanzamento", 50), phase(1, "avanzamento", 60)]),
      /due volte/,
    ],
    ["valore atteso cambiato senza motivazione", save([ind(1, "valoreAtteso", 80)]), /motivazione/],
    [
      "valore atteso con motivazione vuota",
      save([ind(1, "valoreAtteso", 80, "  ")]),
      /motivazione/,
    ],
    // floor = max(current 120, last logged before April: 130 of March, latest timestamp)
    [
      "cumulativo sotto l'ultimo valore di marzo (130)",
      save([ind(2, "valoreRaggiunto", 128)]),
      /sotto 130/,
    ],
  ])("%s", (_label, s, message) => {
    const r = checkRilevazione(base, s, NOW);
    expect(r.refusals.some((m) => message.test(m))).toBe(true);
    expect(r.logRows).toEqual([]);
  });

  test("cumulativo sotto il valore attuale quando il registro è vuoto", () => {
    const r = checkRilevazione(
      { ...base, rilevazioni: [] },
      save([ind(2, "valoreRaggiunto", 119)]),
      NOW,
    );
    expect(r.refusals).toEqual([expect.stringMatching(/sotto 120/)]);
  });

  test("cumulativo: un mese successivo (giugno, 500) non conta per aprile", () => {
    const r = checkRilevazione(base, save([ind(2, "valoreRaggiunto", 130)]), NOW);
    expect(r.refusals).toEqual([]);
  });

  test("un rifiuto blocca tutto il salvataggio, anche le modifiche valide", () => {
    const r = checkRilevazione(
      base,
      save([phase(1, "avanzamento", 50), ind(1, "valoreAtteso", 80)]),
      NOW,
    );
    expect(r.refusals).toHaveLength(1);
    expect(r.logRows).toEqual([]);
  });
});

describe("righe del registro", () => {
  test("una riga per modifica, con valore precedente, utente e ora locale", () => {
    const r = checkRilevazione(
      base,
      save([phase(1, "avanzamento", 55), ind(1, "valoreRaggiunto", 70), phase(1, "note", "ok")]),
      NOW,
    );
    expect(r.refusals).toEqual([]);
    expect(r.logRows).toEqual([
      expect.objectContaining({
        elemento: "Fase",
        numero: 1,
        campo: "avanzamento",
        valorePrecedente: 40,
        valoreNuovo: 55,
      }),
      expect.objectContaining({
        elemento: "Indicatore",
        numero: 1,
        campo: "valoreRaggiunto",
        valorePrecedente: 65,
        valoreNuovo: 70,
      }),
      expect.objectContaining({ campo: "note", valorePrecedente: "", valoreNuovo: "ok" }),
    ]);
    for (const row of r.logRows) {
      expect(row).toMatchObject({
        periodo: "2021-04",
        obiettivo: OB,
        nota: "",
        utente: "rossi",
        timestamp: "2021-05-14T09:05:07",
      });
    }
  });

  test("cambio del valore atteso con motivazione: la riga tiene il vecchio atteso e il motivo", () => {
    const r = checkRilevazione(
      base,
      save([ind(1, "valoreAtteso", 85, " Variazione di bilancio ")]),
      NOW,
    );
    expect(r.refusals).toEqual([]);
    expect(r.logRows).toEqual([
      expect.objectContaining({
        campo: "valoreAtteso",
        valorePrecedente: 90,
        valoreNuovo: 85,
        nota: "Variazione di bilancio",
      }),
    ]);
  });

  test("valore uguale all'attuale: nessuna riga e nessun rifiuto (anche l'atteso senza motivo)", () => {
    const r = checkRilevazione(
      base,
      save([phase(1, "avanzamento", 40), ind(1, "valoreAtteso", 90)]),
      NOW,
    );
    expect(r).toEqual({ refusals: [], proposals: [], logRows: [] });
  });

  test("svuotare un valore è ammesso e registrato (vuoto ≠ 0)", () => {
    const r = checkRilevazione(base, save([ind(1, "valoreRaggiunto", null)]), NOW);
    expect(r.logRows).toEqual([
      expect.objectContaining({ valorePrecedente: 65, valoreNuovo: null }),
    ]);
  });
});

describe("proposte", () => {
  test("fase al 100% senza fine effettiva: propone la data di oggi", () => {
    const r = checkRilevazione(base, save([phase(1, "avanzamento", 100)]), NOW);
    expect(r.proposals).toEqual([
      { elemento: "Fase", numero: 1, campo: "fineEffettiva", previous: null, value: "2021-05-14" },
    ]);
    expect(r.logRows).toHaveLength(1);
  });

  test("nessuna proposta se la fine effettiva è già nel foglio", () => {
    const r = checkRilevazione(base, save([phase(2, "avanzamento", 100)]), NOW);
    expect(r.proposals).toEqual([]);
  });

  test("nessuna proposta se la fine effettiva arriva con lo stesso salvataggio", () => {
    const r = checkRilevazione(
      base,
      save([phase(1, "avanzamento", 100), phase(1, "fineEffettiva", "2021-04-28")]),
      NOW,
    );
    expect(r.proposals).toEqual([]);
    expect(r.logRows).toHaveLength(2);
  });

  test("nessuna proposta sotto il 100%", () => {
    expect(checkRilevazione(base, save([phase(1, "avanzamento", 99)]), NOW).proposals).toEqual([]);
  });
});

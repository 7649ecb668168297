/**
 * @jest-environment jsdom
 */
import "../setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { localIsoDate } from "../../../src/core/text/dates";
import type { RilevazioneSave } from "../../../src/core/rilevazione/types";
import { samplePeg } from "../../../src/core/sample";
import { formatDateIt } from "../../../src/core/text/dates";
import { USER_NAME_KEY } from "../../../src/taskpane/state/user-name";
import RilevazioneView from "../../../src/taskpane/views/rilevazione/RilevazioneView";
import { MemoryPort } from "../memory-port";
import { openDialog, renderView, seriousViolations } from "./harness";

/** phases 1–2; indicator 1 a number (atteso 15), indicator 2 sì/no */
const CODE = "2021_S08_22";

async function open(port = new MemoryPort(), language: "it" | "en" = "it") {
  const view = renderView(RilevazioneView, {
    port,
    language,
    pane: { selectedObjective: CODE },
  });
  await screen.findAllByRole("textbox");
  return view;
}

const box = (name: string) => screen.getByRole("textbox", { name });
const saveButton = () => screen.getByRole("button", { name: "Salva rilevazione" });

async function retype(name: string, text: string) {
  await userEvent.clear(box(name));
  if (text) await userEvent.type(box(name), text);
}

function sentSaves(port: MemoryPort): RilevazioneSave[] {
  return port.callsOf("saveRilevazione").map((c) => c.args[0] as RilevazioneSave);
}

beforeEach(() => window.localStorage.clear());

describe("Rilevazione mensile", () => {
  test("opens the chosen objective at the reference month, with its phases and indicators", async () => {
    await open();
    expect(screen.getByRole("combobox", { name: "Mese della rilevazione" }).textContent).toBe(
      "aprile 2021",
    );
    expect((screen.getByRole("combobox", { name: "Obiettivo" }) as HTMLInputElement).value).toMatch(
      new RegExp(`^${CODE} — `),
    );
    expect(box("Fase 2, Avanzamento (%)")).toBeTruthy();
    expect(box("Indicatore 1, Valore raggiunto")).toBeTruthy();
    expect(screen.getByRole("radiogroup", { name: "Indicatore 2, Valore raggiunto" })).toBeTruthy();
    expect(screen.getByText("Valore atteso: 15")).toBeTruthy();
    // the two years before are named by their year
    expect(screen.getAllByText(/^2020: /).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/^2019: /).length).toBeGreaterThan(0);
  });

  test("the objective box finds objectives by typed words", async () => {
    const { store } = await open();
    const combo = screen.getByRole("combobox", { name: "Obiettivo" });
    await userEvent.clear(combo);
    await userEvent.type(combo, "S08_07");
    const options = await screen.findAllByRole("option");
    expect(options).toHaveLength(1);
    await userEvent.click(options[0]);
    expect(store.get().selectedObjective).toBe("2021_S08_07");
  });

  test.each([
    { field: "Indicatore 1, Valore raggiunto", text: "3.500,5", error: null },
    {
      field: "Indicatore 1, Valore raggiunto",
      text: "abc",
      error: "Scrivi un numero, ad es. 3.500,5",
    },
    { field: "Fase 1, Avanzamento (%)", text: "90%", error: null },
    {
      field: "Fase 1, Avanzamento (%)",
      text: "150",
      error: "Scrivi una percentuale da 0 a 100, ad es. 75 o 75%",
    },
    { field: "Fase 1, Inizio effettivo", text: "15/03/2021", error: null },
    {
      field: "Fase 1, Inizio effettivo",
      text: "31/02/2021",
      error: "Scrivi una data esistente nel formato gg/mm/aaaa, ad es. 31/12/2021",
    },
  ])("«$text» in $field: error $error", async ({ field, text, error }) => {
    await open();
    await retype(field, text);
    if (error) {
      expect(screen.getByText(error)).toBeTruthy();
      expect(box(field).getAttribute("aria-invalid")).toBe("true");
      expect(screen.getByText("Correggi i campi segnalati (1) prima di salvare.")).toBeTruthy();
      expect(saveButton().hasAttribute("disabled")).toBe(true);
    } else {
      expect(box(field).getAttribute("aria-invalid")).not.toBe("true");
      expect(screen.getByText("1 modifica da salvare.")).toBeTruthy();
    }
  });

  test("saving asks the name once, sends the typed values as edits and logs them", async () => {
    const { port } = await open();
    await retype("Indicatore 1, Valore raggiunto", "3.500,5");
    await userEvent.click(screen.getByRole("radio", { name: "Sì" }));
    await userEvent.click(saveButton());
    const d = await openDialog();
    await userEvent.type(d.textbox(), "Mario Rossi");
    await userEvent.click(d.button("Salva nome"));
    await screen.findByText("Rilevazione salvata: 2 valori salvati e registrati.");
    const [save] = sentSaves(port);
    expect(save).toMatchObject({ periodo: "2021-04", obiettivo: CODE, utente: "Mario Rossi" });
    // with each valore raggiunto, the value logged before the month (nothing logged here)
    expect(save.edits).toEqual([
      {
        elemento: "Indicatore",
        numero: 1,
        campo: "valoreRaggiunto",
        previous: null,
        value: 3500.5,
        loggedBefore: null,
      },
      {
        elemento: "Indicatore",
        numero: 2,
        campo: "valoreRaggiunto",
        previous: null,
        value: 1,
        loggedBefore: null,
      },
    ]);
    expect(window.localStorage.getItem(USER_NAME_KEY)).toBe("Mario Rossi");
    // the form shows the saved reading; the history lists the new log rows
    await waitFor(() =>
      expect(box("Indicatore 1, Valore raggiunto")).toHaveProperty("value", "3.500,5"),
    );
    expect(screen.getByText("Indicatore 1, Valore raggiunto: (vuoto) → 3.500,5")).toBeTruthy();
    expect(screen.getAllByText(/^aprile 2021 · /).length).toBeGreaterThan(0);
  });

  test("a colleague's change shows both values; keeping mine saves again over theirs", async () => {
    window.localStorage.setItem(USER_NAME_KEY, "Mario Rossi");
    const { port } = await open();
    await retype("Fase 1, Avanzamento (%)", "40");
    port.colleagueWrites(CODE, "Fase", 1, "avanzamento", 55);
    await userEvent.click(saveButton());
    const d = await openDialog();
    expect(d.radio("Il tuo valore: 40")).toBeTruthy();
    expect(d.radio("Valore del collega: 55")).toBeTruthy();
    await userEvent.click(d.button("Salva con queste scelte"));
    await screen.findByText("Rilevazione salvata: 1 valore salvato e registrato.");
    const saves = sentSaves(port);
    expect(saves).toHaveLength(2);
    expect(saves[1].edits).toEqual([
      { elemento: "Fase", numero: 1, campo: "avanzamento", previous: 55, value: 40 },
    ]);
    expect(port.model.fasi.find((f) => f.obiettivo === CODE && f.numero === 1)?.avanzamento).toBe(
      40,
    );
  });

  test("taking the colleague's value sends nothing more and shows their value", async () => {
    window.localStorage.setItem(USER_NAME_KEY, "Mario Rossi");
    const { port } = await open();
    await retype("Fase 1, Avanzamento (%)", "40");
    port.colleagueWrites(CODE, "Fase", 1, "avanzamento", 55);
    await userEvent.click(saveButton());
    const d = await openDialog();
    await userEvent.click(d.radio("Valore del collega: 55"));
    await userEvent.click(d.button("Salva con queste scelte"));
    await waitFor(() => expect(box("Fase 1, Avanzamento (%)")).toHaveProperty("value", "55"));
    expect(sentSaves(port)).toHaveLength(1);
  });

  /** indicator 1 made cumulative at 10: a lower value is refused */
  function cumulativeAt10(): MemoryPort {
    window.localStorage.setItem(USER_NAME_KEY, "Mario Rossi");
    const model = samplePeg();
    const ind = model.indicatori.find((i) => i.obiettivo === CODE && i.numero === 1);
    if (!ind) throw new Error("indicatore assente");
    Object.assign(ind, { cumulativo: true, valoreRaggiunto: 10 });
    return new MemoryPort(model);
  }

  test("a refused save lists the core's reasons and writes nothing", async () => {
    const port = cumulativeAt10();
    await open(port);
    await retype("Indicatore 1, Valore raggiunto", "5");
    await userEvent.click(saveButton());
    await screen.findByText(/Rilevazione non salvata: nulla è stato scritto/);
    expect(
      screen.getByText(/l'indicatore è cumulativo, il valore raggiunto non può scendere sotto 10/),
    ).toBeTruthy();
    expect(port.model.rilevazioni).toHaveLength(0);
  });

  test("a refused save gives the reasons in the pane's language", async () => {
    const port = cumulativeAt10();
    port.lang = "en";
    await open(port, "en");
    await retype("Indicator 1, Value reached", "5");
    await userEvent.click(screen.getByRole("button", { name: "Save update" }));
    await screen.findByText(/Update not saved: nothing was written/);
    expect(
      screen.getByText(
        `Indicator 1 of objective ${CODE}: the indicator is cumulative, the value reached cannot go below 10 (entered 5).`,
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/cumulativo/)).toBeNull();
    expect(port.model.rilevazioni).toHaveLength(0);
  });

  test("a phase at 100% without an end gets today's date proposed", async () => {
    await open();
    await retype("Fase 1, Avanzamento (%)", "100");
    const today = formatDateIt(localIsoDate(new Date()));
    expect(
      screen.getByText(
        `La fase 1 è al 100% e non ha una fine effettiva: vuoi indicare oggi, ${today}?`,
      ),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Usa la data di oggi" }));
    expect(box("Fase 1, Fine effettiva")).toHaveProperty("value", today);
    expect(screen.queryByText(/non ha una fine effettiva/)).toBeNull();
  });

  test("valore atteso changes only with a motivazione, which the save carries", async () => {
    window.localStorage.setItem(USER_NAME_KEY, "Mario Rossi");
    const { port } = await open();
    // an exceptional change: behind the indicator's "⋯" menu
    await userEvent.click(screen.getByRole("button", { name: "Altre azioni, Indicatore 1" }));
    await userEvent.click(
      await screen.findByRole("menuitem", { name: "Modifica valore atteso, Indicatore 1" }),
    );
    const d = await openDialog();
    await userEvent.type(d.textbox("Nuovo valore atteso"), "20");
    await userEvent.click(d.button("Usa questo valore"));
    expect(
      within(d.dialog).getByText("Scrivi la motivazione: resta nel registro delle rilevazioni."),
    ).toBeTruthy();
    await userEvent.type(d.textbox("Motivazione"), "Delibera 12/2021");
    await userEvent.click(d.button("Usa questo valore"));
    // the pane becomes reachable again once the dialog has closed
    await userEvent.click(await screen.findByRole("button", { name: "Salva rilevazione" }));
    await screen.findByText(/Rilevazione salvata/);
    expect(sentSaves(port)[0].edits).toEqual([
      {
        elemento: "Indicatore",
        numero: 1,
        campo: "valoreAtteso",
        previous: 15,
        value: 20,
        motivazione: "Delibera 12/2021",
      },
    ]);
  });

  test("«Annulla modifiche» is disabled until something is typed, and empties the form", async () => {
    await open();
    const discard = () => screen.getByRole("button", { name: "Annulla modifiche" });
    expect(discard().getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText("Nessuna modifica da salvare.")).toBeTruthy();
    await retype("Indicatore 1, Valore raggiunto", "3500.5");
    expect(discard().getAttribute("aria-disabled")).not.toBe("true");
    // a typed number is shown back in the Italian format when the field is left
    await userEvent.tab();
    expect(box("Indicatore 1, Valore raggiunto")).toHaveProperty("value", "3.500,5");
    await userEvent.click(discard());
    expect(box("Indicatore 1, Valore raggiunto")).toHaveProperty("value", "");
    expect(discard().getAttribute("aria-disabled")).toBe("true");
  });

  test("a closed month is read-only and says how to reopen it", async () => {
    const model = samplePeg();
    model.impostazioni.periodiChiusi = [model.impostazioni.periodoRiferimento];
    await open(new MemoryPort(model));
    expect(screen.getByText(/Questo mese è chiuso/)).toBeTruthy();
    expect(box("Fase 1, Avanzamento (%)").hasAttribute("disabled")).toBe(true);
  });

  test("speaks English when Office does", async () => {
    await open(undefined, "en");
    expect(box("Phase 1, Progress (%)")).toBeTruthy();
    await retype("Indicator 1, Value reached", "abc");
    expect(screen.getByText("Enter a number, e.g. 3.500,5")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Save update" })).toBeTruthy();
  });

  test("has no serious accessibility violations", async () => {
    const { container } = await open();
    await retype("Fase 1, Avanzamento (%)", "abc");
    expect(await seriousViolations(container)).toEqual([]);
  });
});

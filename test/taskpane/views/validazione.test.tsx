/**
 * @jest-environment jsdom
 */
import "../setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { LoadedWorkbook } from "../../../src/core/ports";
import { samplePeg } from "../../../src/core/sample";
import { OBIETTIVI } from "../../../src/core/schema/tables";
import { USER_NAME_KEY } from "../../../src/taskpane/state/user-name";
import ValidazioneView from "../../../src/taskpane/views/validazione/ValidazioneView";
import { MemoryPort } from "../memory-port";
import { renderView, seriousViolations } from "./harness";

/** A workbook whose Obiettivi table was made before the validation columns, until prepared. */
class OldWorkbookPort extends MemoryPort {
  prepared = false;
  override async load(): Promise<LoadedWorkbook> {
    const loaded = await super.load();
    const headers = OBIETTIVI.columns
      .filter((c) => this.prepared || !c.optional)
      .map((c) => c.header);
    const at = { sheet: "Obiettivi", headerRow: 1, firstColumn: 0, headers };
    return { ...loaded, positions: { obiettivi: at } };
  }
  override async prepare() {
    const report = await super.prepare();
    this.prepared = true;
    return report;
  }
}

const CODICE = "2021_S08_20";

beforeEach(() => window.localStorage.setItem(USER_NAME_KEY, "Nucleo di valutazione"));

describe("Validazione", () => {
  test("validates through the core's rule, then asks a motivazione to change it", async () => {
    const { port, container } = renderView(ValidazioneView);
    await userEvent.click(
      await screen.findByRole("button", { name: `Valida l'obiettivo ${CODICE}` }),
    );
    const dialog = await screen.findByRole("dialog", { hidden: true });
    within(dialog).getByText(`Valida l'obiettivo ${CODICE}`);
    await userEvent.type(within(dialog).getByLabelText(/Raggiungimento validato %/), "85,5");
    await userEvent.type(within(dialog).getByLabelText("Nota del Nucleo"), "Documentato");
    await userEvent.click(within(dialog).getByRole("button", { name: "Registra", hidden: true }));
    await screen.findByText(/^Obiettivo 2021_S08_20 validato dal Nucleo \(85,5% il .*3 righe/);
    const [first] = port.callsOf("saveValidazione").map((c) => c.args[0]);
    expect(first).toMatchObject({
      obiettivo: CODICE,
      valore: 85.5,
      nota: "Documentato",
      utente: "Nucleo di valutazione",
      previous: { raggiungimentoValidato: null, notaNucleo: "", dataValidazione: null },
    });
    expect(await seriousViolations(container)).toEqual([]);

    await userEvent.click(
      await screen.findByRole("button", { name: `Modifica la validazione di ${CODICE}` }),
    );
    const change = await screen.findByRole("dialog", { hidden: true });
    within(change).getByText(`Modifica la validazione di ${CODICE}`);
    const value = within(change).getByLabelText(/Raggiungimento validato %/);
    await userEvent.clear(value);
    await userEvent.type(value, "80");
    await userEvent.click(within(change).getByRole("button", { name: "Registra", hidden: true }));
    // the field is required: nothing is sent without it
    within(change).getByText("Scrivi la motivazione: resta nel registro Rilevazioni.");
    expect(port.callsOf("saveValidazione")).toHaveLength(1);
    await userEvent.type(within(change).getByLabelText(/Motivazione/), "Ricalcolo");
    await userEvent.click(within(change).getByRole("button", { name: "Registra", hidden: true }));
    await screen.findByText(/^Obiettivo 2021_S08_20 validato dal Nucleo \(80%/);
    expect(port.model.rilevazioni.at(-1)).toMatchObject({
      campo: "raggiungimentoValidato",
      valorePrecedente: 85.5,
      valoreNuovo: 80,
      nota: "Ricalcolo",
    });
  });

  test("a value out of range is refused by the core: the dialog stays with the reason", async () => {
    const { port } = renderView(ValidazioneView);
    await userEvent.click(
      await screen.findByRole("button", { name: `Valida l'obiettivo ${CODICE}` }),
    );
    const dialog = screen.getByRole("dialog", { hidden: true });
    await userEvent.type(within(dialog).getByLabelText(/Raggiungimento validato %/), "120");
    await userEvent.click(within(dialog).getByRole("button", { name: "Registra", hidden: true }));
    await within(dialog).findByText(/deve essere un numero da 0 a 100/);
    expect(port.model.rilevazioni).toHaveLength(0);
  });

  test("bands from the settings and the warning when nearly all are at the top, in English", async () => {
    const model = samplePeg();
    model.impostazioni.fasceRaggiungimento = [0, 60, 95];
    model.obiettivi.forEach((o) => {
      o.raggiungimentoValidato = 100;
      o.dataValidazione = "2022-03-01" as typeof o.dataValidazione;
    });
    // measured, so they are judged
    model.fasi.forEach((f) => (f.avanzamento = 100));
    renderView(ValidazioneView, { port: new MemoryPort(model), language: "en" });
    const bands = await screen.findByRole("table", { name: "Distribution by band" });
    const rows = within(bands)
      .getAllByRole("row")
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual(["0–59 %0", "60–94 %0", `95–100 %${model.obiettivi.length}`]);
    screen.getByText(/objectives out of .* have an achievement of at least 95%/);
  });

  test("offers to add the missing columns, through «Prepara la cartella»", async () => {
    const port = new OldWorkbookPort();
    renderView(ValidazioneView, { port });
    await screen.findByText(
      /La cartella non ha le colonne della validazione \(Raggiungimento validato %, Nota del Nucleo, Data validazione\)/,
    );
    expect(
      (screen.getByRole("button", { name: `Valida l'obiettivo ${CODICE}` }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: "Aggiungi le colonne" }));
    await screen.findByRole("button", { name: `Valida l'obiettivo ${CODICE}` });
    expect(port.callsOf("prepare")).toHaveLength(1);
    expect(screen.queryByText(/La cartella non ha le colonne/)).toBeNull();
    expect(
      (screen.getByRole("button", { name: `Valida l'obiettivo ${CODICE}` }) as HTMLButtonElement)
        .disabled,
    ).toBe(false);
  });
});

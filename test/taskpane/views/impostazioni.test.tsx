/**
 * @jest-environment jsdom
 */
import "../setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { samplePeg } from "../../../src/core/sample";
import { USER_NAME_KEY } from "../../../src/taskpane/state/user-name";
import { SETTINGS } from "../../../src/core/schema/settings";
import ImpostazioniView from "../../../src/taskpane/views/impostazioni/ImpostazioniView";
import { it } from "../../../src/taskpane/i18n/it";
import { EDITABLE } from "../../../src/taskpane/views/impostazioni/settings-form";
import { MemoryPort } from "../memory-port";
import { openDialog, renderView, seriousViolations } from "./harness";

async function open(port = new MemoryPort(), language: "it" | "en" = "it") {
  const view = renderView(ImpostazioniView, { port, language });
  await screen.findByRole("heading", {
    name: language === "it" ? "Mesi aperti e chiusi" : "Open and closed months",
  });
  return view;
}

const box = (name: string) => screen.getByRole("textbox", { name });
const isChecked = (el: HTMLElement) => (el as HTMLInputElement).checked;
const settingCalls = (port: MemoryPort) => port.callsOf("saveSetting").map((c) => c.args);

beforeEach(() => window.localStorage.clear());

describe("Impostazioni", () => {
  test("shows the workbook's settings", async () => {
    await open();
    expect(box("Ente")).toHaveProperty("value", "Citta' di Cinisello Balsamo");
    expect(box("Anno del PEG")).toHaveProperty("value", "2021");
    expect(box("Soglia di ritardo critico (punti %)")).toHaveProperty("value", "25");
    expect(screen.getByRole("combobox", { name: "Mese di riferimento" }).textContent).toBe(
      "aprile 2021",
    );
  });

  test("saves only the changed values, in Italian number format, with the user's name", async () => {
    window.localStorage.setItem(USER_NAME_KEY, "Mario Rossi");
    const { port } = await open();
    await userEvent.clear(box("Peso degli indicatori nel raggiungimento (%)"));
    await userEvent.type(box("Peso degli indicatori nel raggiungimento (%)"), "62,5%");
    await userEvent.click(screen.getByRole("button", { name: "Salva impostazioni" }));
    await screen.findByText("Impostazioni salvate: 1 valore aggiornato.");
    expect(settingCalls(port)).toEqual([["pesoIndicatori", 62.5, "Mario Rossi", undefined]]);
    expect(port.model.impostazioni.pesoIndicatori).toBe(62.5);
  });

  test("every setting of the schema but the closed months has its field", async () => {
    await open();
    const keys = EDITABLE.map((s) => s.key);
    expect(keys).toEqual(SETTINGS.map((s) => s.key).filter((k) => k !== "periodiChiusi"));
    for (const key of keys)
      expect(screen.getAllByLabelText(it.impostazioni.fields[key])).toHaveLength(1);
    expect(screen.getAllByRole("switch")).toHaveLength(
      SETTINGS.filter((s) => s.type === "flag").length,
    );
  });

  test("the flags are switches: turning them saves «si»/«no» in the Impostazioni table", async () => {
    window.localStorage.setItem(USER_NAME_KEY, "Mario Rossi");
    const { port } = await open();
    const small = screen.getByRole("switch", { name: "Ente piccolo (meno di 50 dipendenti)" });
    const quality = screen.getByRole("switch", { name: "Controlli di qualità (PIAO)" });
    expect([isChecked(small), isChecked(quality)]).toEqual([false, true]);
    expect(small.getAttribute("aria-describedby")).toBeTruthy();
    await userEvent.click(small);
    await userEvent.click(quality);
    await userEvent.click(screen.getByRole("button", { name: "Salva impostazioni" }));
    await screen.findByText("Impostazioni salvate: 2 valori aggiornati.");
    expect(settingCalls(port)).toEqual([
      ["entePiccolo", "si", "Mario Rossi", undefined],
      ["controlliQualita", "no", "Mario Rossi", undefined],
    ]);
    expect([port.model.impostazioni.entePiccolo, port.model.impostazioni.controlliQualita]).toEqual(
      [true, false],
    );
    expect(isChecked(screen.getByRole("switch", { name: /^Ente piccolo/ }))).toBe(true);
  });

  test("a switch turned and turned back is no change", async () => {
    await open();
    const quality = screen.getByRole("switch", { name: "Controlli di qualità (PIAO)" });
    await userEvent.click(quality);
    const save = screen.getByRole("button", { name: "Salva impostazioni" });
    expect(save.hasAttribute("disabled")).toBe(false);
    await userEvent.click(quality);
    expect(save.hasAttribute("disabled")).toBe(true);
  });

  test.each([
    { field: "Tolleranza di ritardo (punti %)", text: "abc", error: "Scrivi un numero da 0 a 100" },
    { field: "Anno del PEG", text: "21", error: "Scrivi un anno di quattro cifre, ad es. 2021" },
    {
      field: "Soglia di ritardo critico (punti %)",
      text: "5",
      error: "La soglia critica deve essere maggiore della tolleranza di ritardo",
    },
  ])("«$text» in $field is refused: $error", async ({ field, text, error }) => {
    await open();
    await userEvent.clear(box(field));
    await userEvent.type(box(field), text);
    expect(screen.getByText(error)).toBeTruthy();
    expect(
      screen.getByRole("button", { name: "Salva impostazioni" }).hasAttribute("disabled"),
    ).toBe(true);
  });

  test("closing a month asks the name once, then stores the closed months", async () => {
    const { port } = await open();
    await userEvent.click(screen.getByRole("button", { name: "Chiudi aprile 2021" }));
    const d = await openDialog();
    await userEvent.type(d.textbox(), "Anna Bianchi");
    await userEvent.click(d.button("Salva nome"));
    await screen.findByText("aprile 2021 chiuso.");
    expect(settingCalls(port)).toEqual([["periodiChiusi", "2021-04", "Anna Bianchi", ""]]);
    const row = (await screen.findByRole("button", { name: "Riapri aprile 2021" })).closest("li");
    expect(row && within(row).getByText("Chiuso")).toBeTruthy();
  });

  test("reopening a month needs a motivazione, which goes to the log", async () => {
    window.localStorage.setItem(USER_NAME_KEY, "Mario Rossi");
    const model = samplePeg();
    model.impostazioni.periodiChiusi = [
      "2021-03",
      "2021-04",
    ] as typeof model.impostazioni.periodiChiusi;
    const port = new MemoryPort(model);
    await open(port);
    await userEvent.click(screen.getByRole("button", { name: "Riapri marzo 2021" }));
    const d = await openDialog();
    await userEvent.click(d.button("Riapri"));
    expect(
      within(d.dialog).getByText("Scrivi la motivazione: resta nel registro delle rilevazioni."),
    ).toBeTruthy();
    await userEvent.type(d.textbox("Motivazione della riapertura"), "Correzione dato di marzo");
    await userEvent.click(d.button("Riapri"));
    await screen.findByText("marzo 2021 riaperto.");
    expect(settingCalls(port)).toEqual([
      ["periodiChiusi", "2021-04", "Mario Rossi", "Correzione dato di marzo"],
    ]);
  });

  test("the user's name is kept on this computer", async () => {
    await open();
    const field = box("Il tuo nome per il registro delle modifiche");
    await userEvent.type(field, "Lucia Verdi");
    await userEvent.click(screen.getByRole("button", { name: "Salva nome" }));
    expect(window.localStorage.getItem(USER_NAME_KEY)).toBe("Lucia Verdi");
  });

  test("speaks English when Office does", async () => {
    await open(undefined, "en");
    expect(box("PEG year")).toBeTruthy();
    expect(screen.getByRole("switch", { name: "Quality checks (PIAO)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Close April 2021" })).toBeTruthy();
  });

  test("has no serious accessibility violations", async () => {
    const { container } = await open();
    expect(await seriousViolations(container)).toEqual([]);
  });
});

/**
 * @jest-environment jsdom
 */
import "../setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import CruscottoView from "../../../src/taskpane/views/cruscotto/CruscottoView";
import { MemoryPort } from "../memory-port";
import { CODE_A, CODE_B, OTHER_CENTRO, OTHER_RESP, variedModel } from "./fixtures";
import { renderView, seriousViolations } from "./harness";

async function ready(port = new MemoryPort(variedModel()), language: "it" | "en" = "it") {
  const view = renderView(CruscottoView, { port, language });
  await screen.findByRole("list", { name: /^(Obiettivi|Objectives)$/ });
  return view;
}

const objectiveList = () => screen.getByRole("list", { name: "Obiettivi" });

function tableCodes(): string[] {
  const items = within(objectiveList()).getAllByRole("listitem");
  return items.map((r) => within(r).getByRole("button").textContent ?? "");
}

/** opens the filters when they are closed, then picks the option */
async function pick(label: string, option: string) {
  const toggle = screen.getByRole("button", { name: /^Filtri \(\d+\)$/ });
  if (toggle.getAttribute("aria-expanded") !== "true") await userEvent.click(toggle);
  await userEvent.click(screen.getByRole("combobox", { name: label }));
  await userEvent.click(await screen.findByRole("option", { name: option }));
}

describe("Cruscotto", () => {
  test("lists every objective with Italian headings, status and the reference month", async () => {
    await ready();
    expect(screen.getByRole("heading", { name: "Attenzione" })).toBeTruthy();
    expect(screen.getByText("31 di 31 obiettivi")).toBeTruthy();
    expect(screen.getByText("Mese di riferimento: aprile 2021.")).toBeTruthy();
    const rowA = screen
      .getByRole("button", { name: `Apri ${CODE_A} in Rilevazione mensile` })
      .closest("li");
    expect(rowA && within(rowA).getByText("Critico")).toBeTruthy();
    expect(rowA && within(rowA).getByText(/^Avanzamento fasi 0%, raggiungimento 0%$/)).toBeTruthy();
  });

  test("each objective is a compact item: code and status, both percentages in words, then the description", async () => {
    const { port } = await ready();
    const a = port.model.obiettivi.find((o) => o.codice === CODE_A);
    const item = screen
      .getByRole("button", { name: `Apri ${CODE_A} in Rilevazione mensile` })
      .closest("li") as HTMLElement;
    const [head, figures, descr] = Array.from(item.children);
    expect(head.textContent).toBe(`${CODE_A}Critico`);
    expect(figures.textContent).toBe("Avanzamento fasi 0%, raggiungimento 0%");
    expect([descr.textContent, descr.getAttribute("title")]).toEqual([
      a?.descrizione,
      a?.descrizione,
    ]);
  });

  test("Enter on an objective's code opens it, as a click does", async () => {
    const { store } = await ready();
    screen.getByRole("button", { name: `Apri ${CODE_B} in Rilevazione mensile` }).focus();
    await userEvent.keyboard("{Enter}");
    expect([store.get().selectedObjective, store.get().requestedView]).toEqual([
      CODE_B,
      "rilevazione",
    ]);
  });

  test.each([
    {
      language: "it" as const,
      expected:
        "Nei dati c'è 1 errore: alcune percentuali possono essere sbagliate. Apri «Verifica» per correggerlo.",
    },
    {
      language: "en" as const,
      expected: "The data has 1 error: some percentages may be wrong. Open «Check» to fix it.",
    },
  ])("one data error is announced in the singular ($language)", async ({ language, expected }) => {
    await ready(new MemoryPort(), language);
    expect(screen.getByText(expected)).toBeTruthy();
  });

  test("the Attenzione list names the objectives without an entry and the critical ones", async () => {
    await ready();
    expect(
      screen.getByRole("button", { name: "Senza rilevazione di aprile 2021 (31)" }),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "In ritardo o critici (1)" }));
    const panel = screen
      .getByRole("button", { name: "In ritardo o critici (1)" })
      .closest(".fui-AccordionItem");
    expect(panel && within(panel as HTMLElement).getByText(CODE_A)).toBeTruthy();
  });

  test("a suspended objective is shown as Sospeso and asks for no attention", async () => {
    const model = variedModel();
    const a = model.obiettivi.find((o) => o.codice === CODE_A);
    if (!a) throw new Error("obiettivo A assente");
    a.stato = "Sospeso";
    await ready(new MemoryPort(model));
    // behind schedule otherwise (see the test above): now neither late nor waiting for an entry
    expect(screen.queryByRole("button", { name: /^In ritardo o critici/ })).toBeNull();
    expect(
      screen.getByRole("button", { name: "Senza rilevazione di aprile 2021 (30)" }),
    ).toBeTruthy();
    await pick("Stato", "Sospeso");
    expect(tableCodes()).toEqual([CODE_A]);
  });

  test.each([
    { label: "Centro di responsabilità", option: OTHER_CENTRO, expected: [CODE_B] },
    { label: "Responsabile", option: OTHER_RESP, expected: [CODE_B] },
    { label: "Stato", option: "Critico", expected: [CODE_A] },
  ])("filtering by $label keeps $expected", async ({ label, option, expected }) => {
    await ready();
    await pick(label, option);
    expect(tableCodes()).toEqual(expected);
    expect(screen.getByText(`${expected.length} di 31 obiettivi`)).toBeTruthy();
  });

  test("the filters are closed behind «Filtri (n)», which counts the chosen ones", async () => {
    await ready();
    const toggle = screen.getByRole("button", { name: "Filtri (0)" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("combobox", { name: "Stato" })).toBeNull();
    await pick("Stato", "Critico");
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(toggle.textContent).toBe("Filtri (1)");
    await userEvent.click(toggle);
    expect(screen.queryByRole("combobox", { name: "Stato" })).toBeNull();
    expect(tableCodes()).toEqual([CODE_A]);
  });

  test("the search box finds objectives by words of the description, accents ignored", async () => {
    const model = variedModel();
    model.obiettivi[3].descrizione = "Riorganizzare le attività del nido";
    await ready(new MemoryPort(model));
    await userEvent.type(screen.getByRole("searchbox", { name: "Cerca" }), "attivita nido");
    expect(tableCodes()).toEqual([model.obiettivi[3].codice]);
  });

  test("totals per centro come from the computation", async () => {
    await ready();
    const totals = screen
      .getByRole("heading", { name: "Totali per centro di responsabilità" })
      .closest("section");
    if (!totals) throw new Error("sezione assente");
    expect(within(totals).getByText(OTHER_CENTRO)).toBeTruthy();
    expect(within(totals).getByText("30 obiettivi, raggiungimento medio 0%")).toBeTruthy();
  });

  test("choosing an objective puts it in the shared state for Rilevazione mensile", async () => {
    const { store } = await ready();
    await userEvent.click(
      screen.getByRole("button", { name: `Apri ${CODE_B} in Rilevazione mensile` }),
    );
    expect(store.get().selectedObjective).toBe(CODE_B);
    expect(store.get().requestedView).toBe("rilevazione");
  });

  test("Aggiorna reads the workbook again and shows a colleague's change", async () => {
    const { port } = await ready();
    port.model.obiettivi[0].codice = "2021_NUOVO";
    await userEvent.click(screen.getByRole("button", { name: "Aggiorna" }));
    await screen.findByRole("button", { name: "Apri 2021_NUOVO in Rilevazione mensile" });
    expect(port.callsOf("load")).toHaveLength(2);
  });

  test("Scrivi percentuali reads afresh, then writes the computed result", async () => {
    const { port } = await ready();
    await userEvent.click(screen.getByRole("button", { name: "Scrivi percentuali nel foglio" }));
    await screen.findByText("Percentuali e stati scritti nel foglio per 31 obiettivi.");
    const [call] = port.callsOf("writeComputed");
    const result = call.args[0] as { objectives: { codice: string; status: string }[] };
    expect(result.objectives.find((o) => o.codice === CODE_A)?.status).toBe("critico");
    expect(port.calls.map((c) => c.method).slice(0, 3)).toEqual(["load", "load", "writeComputed"]);
  });

  test("a failed reading is said in Italian with what to do, and Riprova reads again", async () => {
    const port = new MemoryPort();
    port.failNext("load", new Error("La cartella è bloccata da un altro utente."));
    renderView(CruscottoView, { port });
    await screen.findByText("Non è stato possibile leggere la cartella");
    expect(screen.getByText(/La cartella è bloccata da un altro utente\. Riprova\./)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/at .*\(.*:\d+:\d+\)/);
    await userEvent.click(screen.getByRole("button", { name: "Riprova" }));
    await screen.findByRole("list", { name: "Obiettivi" });
  });

  test("speaks English when Office does", async () => {
    await ready(undefined, "en");
    expect(screen.getByRole("heading", { name: "Attention" })).toBeTruthy();
    expect(screen.getByText("31 of 31 objectives")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Write percentages to the sheet" })).toBeTruthy();
    expect(screen.getAllByText("Critical").length).toBeGreaterThan(0);
  });

  test("has no serious accessibility violations", async () => {
    const { container } = await ready();
    expect(await seriousViolations(container)).toEqual([]);
  });
});

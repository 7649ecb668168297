/**
 * @jest-environment jsdom
 */
import "../setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { IsoDate } from "../../../src/core/model/types";
import { localIsoDate } from "../../../src/core/text/dates";
import { USER_NAME_KEY } from "../../../src/taskpane/state/user-name";
import VersioniView from "../../../src/taskpane/views/versioni/VersioniView";
import { MemoryPort } from "../memory-port";
import { openDialog, renderView, seriousViolations } from "./harness";

beforeEach(() => window.localStorage.clear());

const APPROVED = {
  nome: "Piano approvato",
  atto: "Delibera G.C. n. 12 del 3/2/2022",
  data: "2022-02-03" as IsoDate,
  utente: "Anna Bianchi",
};

/** a port with version 1 frozen, then the first objective's description and a phase changed */
async function changedPort(): Promise<MemoryPort> {
  const port = new MemoryPort();
  await port.freezeVersion(APPROVED);
  port.model.obiettivi[0].descrizione = "Nuova descrizione";
  port.model.fasi[0].peso = 40;
  port.calls.length = 0;
  return port;
}

describe("Versioni", () => {
  test("freezes a version with the name, act, date and the pane's user, then lists it", async () => {
    window.localStorage.setItem(USER_NAME_KEY, "Mario Conti");
    const port = new MemoryPort();
    const { container } = renderView(VersioniView, { port });
    await screen.findByText("Nessuna versione salvata in questa cartella.");
    const form = screen.getByRole("region", { name: "Congela versione" });
    // the name is required: nothing is written without it
    await userEvent.click(within(form).getByRole("button", { name: "Congela versione" }));
    await within(form).findByText("Scrivi il nome della versione.");
    expect(port.callsOf("freezeVersion")).toEqual([]);

    await userEvent.type(within(form).getByRole("textbox", { name: /^Nome/ }), "Piano approvato");
    await userEvent.type(
      within(form).getByRole("textbox", { name: "Atto" }),
      "Delibera G.C. n. 12 del 3/2/2022",
    );
    // Enter in a field saves, as the button does: the keyboard path
    await userEvent.keyboard("{Enter}");
    await within(form).findByText(
      "Salvata la versione 1 «Piano approvato» nel foglio nascosto «Versione 1».",
    );
    expect(port.callsOf("freezeVersion").map((c) => c.args[0])).toEqual([
      { ...APPROVED, data: localIsoDate(new Date()), utente: "Mario Conti" },
    ]);
    const list = screen.getByRole("region", { name: "Versioni salvate" });
    const today = localIsoDate(new Date()).split("-").reverse().join("/");
    await within(list).findByText(
      `1. «Piano approvato» — Delibera G.C. n. 12 del 3/2/2022 — ${today} — Mario Conti`,
    );
    expect(await seriousViolations(container)).toEqual([]);
  });

  test("a date that does not exist is refused in the field, nothing written", async () => {
    window.localStorage.setItem(USER_NAME_KEY, "Mario Conti");
    const port = new MemoryPort();
    renderView(VersioniView, { port });
    const form = await screen.findByRole("region", { name: "Congela versione" });
    await userEvent.type(within(form).getByRole("textbox", { name: /^Nome/ }), "Variazione");
    const date = within(form).getByRole("textbox", { name: /^Data/ });
    expect((date as HTMLInputElement).value).toBe(
      localIsoDate(new Date()).split("-").reverse().join("/"),
    );
    await userEvent.clear(date);
    await userEvent.type(date, "31/02/2022");
    await userEvent.click(within(form).getByRole("button", { name: "Congela versione" }));
    await within(form).findByText(/^Data non valida/);
    expect(port.callsOf("freezeVersion")).toEqual([]);
    await userEvent.clear(date);
    await userEvent.type(date, "3/2/2022");
    await userEvent.click(within(form).getByRole("button", { name: "Congela versione" }));
    await within(form).findByText(/^Salvata la versione 1/);
    expect(port.callsOf("freezeVersion").map((c) => c.args[0])).toMatchObject([
      { data: "2022-02-03" },
    ]);
  });

  test("asks the user's name once when the pane does not know it", async () => {
    const port = new MemoryPort();
    renderView(VersioniView, { port });
    const form = await screen.findByRole("region", { name: "Congela versione" });
    await userEvent.type(within(form).getByRole("textbox", { name: /^Nome/ }), "Variazione");
    await userEvent.click(within(form).getByRole("button", { name: "Congela versione" }));
    const dialog = await openDialog();
    await userEvent.type(dialog.textbox(), "Luca Verdi");
    await userEvent.click(dialog.button("Salva nome"));
    await within(form).findByText(/^Salvata la versione 1 «Variazione»/);
    expect(port.callsOf("freezeVersion").map((c) => c.args[0])).toMatchObject([
      { nome: "Variazione", atto: "", utente: "Luca Verdi" },
    ]);
  });

  test("compares a version with the current tables, grouped by objective, and prints the prospetto", async () => {
    const port = await changedPort();
    const { container } = renderView(VersioniView, { port });
    const panel = await screen.findByRole("region", { name: "Confronta" });
    await userEvent.click(within(panel).getByRole("button", { name: "Confronta" }));
    const result = await within(panel).findByRole("region", {
      name: "Confronto tra la versione 1 «Piano approvato» (prima) e le tabelle attuali (dopo)",
    });
    const codice = port.model.obiettivi[0].codice;
    expect(port.callsOf("compareVersions").map((c) => c.args)).toEqual([[1, null]]);
    expect(within(result).getByText("2 differenze in 1 obiettivo.")).toBeTruthy();
    const changes = within(result).getByRole("list", { name: `Obiettivo ${codice}` });
    expect(
      within(changes)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^obiettivo modificato: Descrizione: «.+» → «Nuova descrizione»$/),
      expect.stringMatching(/^fase 1 modificata: Peso: \d+ → 40$/),
    ]);
    expect(await seriousViolations(container)).toEqual([]);

    await userEvent.click(within(result).getByRole("button", { name: "Prospetto variazioni" }));
    await within(result).findByText(
      "Prospetto variazioni scritto nel foglio «Prospetto variazioni».",
    );
    expect(port.callsOf("generateProspetto").map((c) => c.args)).toEqual([[1, null]]);
    await userEvent.click(
      within(result).getByRole("button", { name: "Apri il foglio Prospetto variazioni" }),
    );
    expect(port.callsOf("select").map((c) => c.args)).toEqual([["'Prospetto variazioni'!A1"]]);
  });

  test("two versions, in English; a failure is shown", async () => {
    const port = await changedPort();
    await port.freezeVersion({ ...APPROVED, nome: "July variation" });
    renderView(VersioniView, { port, language: "en" });
    const panel = await screen.findByRole("region", { name: "Compare" });
    await userEvent.selectOptions(
      within(panel).getByRole("combobox", { name: "Version (before)" }),
      "1 «Piano approvato»",
    );
    await userEvent.selectOptions(
      within(panel).getByRole("combobox", { name: "With (after)" }),
      "2 «July variation»",
    );
    await userEvent.click(within(panel).getByRole("button", { name: "Compare" }));
    await within(panel).findByText("2 differences in 1 objective.");
    expect(port.callsOf("compareVersions").map((c) => c.args)).toEqual([[1, 2]]);
    expect(within(panel).getByText(/^phase 1 changed: Peso: \d+ → 40$/)).toBeTruthy();

    port.failNext("compareVersions", new Error("Excel occupato"));
    await userEvent.click(within(panel).getByRole("button", { name: "Compare" }));
    await within(panel).findByText("Comparison failed");
  });

  test("«Prepara l'anno successivo»: a bad year is refused, a year not later is explained", async () => {
    const port = new MemoryPort();
    const opened: Uint8Array[] = [];
    renderView(VersioniView, {
      port,
      openWorkbook: async (bytes) => {
        opened.push(bytes);
        return "opened";
      },
    });
    const panel = await screen.findByRole("region", { name: "Prepara l'anno successivo" });
    const year = within(panel).getByRole("textbox", { name: /^Anno del nuovo PEG/ });
    await userEvent.type(year, "22");
    await userEvent.keyboard("{Enter}");
    await within(panel).findByText("Scrivi l'anno con quattro cifre, per esempio 2022.");
    expect(port.callsOf("load")).toEqual([]);

    await userEvent.clear(year);
    await userEvent.type(year, "2021");
    await userEvent.keyboard("{Enter}");
    await within(panel).findByText(
      /Il 2021 non è dopo l'anno del PEG \(2021\): scegli un anno successivo\./,
    );
    expect(opened).toEqual([]);

    await userEvent.clear(year);
    await userEvent.keyboard("{Enter}");
    await within(panel).findByText(
      "Aperta in Excel una cartella nuova con il PEG 2022, preparato dal PEG 2021: salvala con un nome. Questa cartella non è cambiata.",
    );
    expect(opened).toHaveLength(1);
    // the open workbook is only read
    expect(port.calls.map((c) => c.method).filter((m) => m !== "load" && m !== "versions")).toEqual(
      [],
    );
  });
});

/**
 * @jest-environment jsdom
 */
import "../setup";
import type { ComponentType } from "react";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { emptyModel } from "../../../src/core/model/defaults";
import type { ViewProps } from "../../../src/taskpane/views/types";
import CruscottoView from "../../../src/taskpane/views/cruscotto/CruscottoView";
import ImpostazioniView from "../../../src/taskpane/views/impostazioni/ImpostazioniView";
import RilevazioneView from "../../../src/taskpane/views/rilevazione/RilevazioneView";
import SchedeView from "../../../src/taskpane/views/schede/SchedeView";
import VerificaView from "../../../src/taskpane/views/verifica/VerificaView";
import { MemoryPort } from "../memory-port";
import { renderView, seriousViolations } from "./harness";

function newWorkbook(): MemoryPort {
  const port = new MemoryPort(emptyModel());
  port.missingTables = ["obiettivi", "fasi"];
  return port;
}

const VIEWS: [string, ComponentType<ViewProps>][] = [
  ["Cruscotto", CruscottoView],
  ["Rilevazione mensile", RilevazioneView],
  ["Verifica", VerificaView],
  ["Schede", SchedeView],
  ["Impostazioni", ImpostazioniView],
];

describe("first run", () => {
  test.each(VIEWS)("%s shows the first-run card when tables are missing", async (_name, View) => {
    renderView(View, { port: newWorkbook() });
    expect(
      await screen.findByText(
        "In questa cartella mancano le tabelle di Schede PEG: Obiettivi e Fasi.",
      ),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Prepara cartella" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Carica dati di esempio" })).toBeTruthy();
  });

  test("Prepara cartella shows what was created, then opens the view", async () => {
    const port = newWorkbook();
    renderView(CruscottoView, { port });
    await userEvent.click(await screen.findByRole("button", { name: "Prepara cartella" }));
    expect(await screen.findByText("Fogli creati: Obiettivi e Fasi.")).toBeTruthy();
    expect(screen.queryByText(/^Tabelle create/)).toBeNull();
    expect(port.callsOf("prepare")).toHaveLength(1);
    await userEvent.click(screen.getByRole("button", { name: "Continua" }));
    expect(await screen.findByText(/Il foglio Obiettivi è vuoto/)).toBeTruthy();
  });

  test.each([
    {
      language: "it" as const,
      intro: "In questa cartella mancano le tabelle di Schede PEG: Obiettivi, Fasi e Impostazioni.",
      sheets: "Fogli creati: Obiettivi e Impostazioni.",
      tables: "Tabelle create nei fogli esistenti: Fasi.",
    },
    {
      language: "en" as const,
      intro: "This workbook lacks the PEG Sheets tables: Obiettivi, Fasi and Impostazioni.",
      sheets: "Sheets created: Obiettivi and Impostazioni.",
      tables: "Tables created in the existing sheets: Fasi.",
    },
  ])("missing and created tables are named by their sheets ($language)", async (c) => {
    const port = new MemoryPort(emptyModel());
    port.missingTables = ["obiettivi", "fasi", "impostazioni"];
    port.existingSheets = ["Fasi"];
    renderView(CruscottoView, { port, language: c.language });
    expect(await screen.findByText(c.intro)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: /^Prepar/ }));
    expect(await screen.findByText(c.sheets)).toBeTruthy();
    expect(screen.getByText(c.tables)).toBeTruthy();
  });

  test("Carica dati di esempio fills the workbook and shows it", async () => {
    const port = newWorkbook();
    renderView(CruscottoView, { port });
    await userEvent.click(await screen.findByRole("button", { name: "Carica dati di esempio" }));
    expect(await screen.findByText("31 di 31 obiettivi")).toBeTruthy();
    expect(port.callsOf("loadSample")).toHaveLength(1);
  });

  test("a refused sample says why and what to do", async () => {
    const port = new MemoryPort(); // tables hold the sample already
    port.missingTables = ["soggetti"];
    renderView(CruscottoView, { port });
    await userEvent.click(await screen.findByRole("button", { name: "Carica dati di esempio" }));
    expect(await screen.findByText(/si caricano solo in tabelle vuote/)).toBeTruthy();
    expect(screen.getByText(/Le tabelle contengono già dati/)).toBeTruthy();
  });

  test("speaks English when Office does", async () => {
    renderView(CruscottoView, { port: newWorkbook(), language: "en" });
    expect(await screen.findByRole("button", { name: "Prepare workbook" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Load sample data" })).toBeTruthy();
  });

  test("has no serious accessibility violations", async () => {
    const { container } = renderView(CruscottoView, { port: newWorkbook() });
    await screen.findByRole("button", { name: "Prepara cartella" });
    expect(await seriousViolations(container)).toEqual([]);
  });
});

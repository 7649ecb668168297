/**
 * @jest-environment jsdom
 */
import "../setup";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Problem } from "../../../src/core/verifica/problem";
import VerificaView from "../../../src/taskpane/views/verifica/VerificaView";
import { MemoryPort } from "../memory-port";
import { renderView, seriousViolations } from "./harness";

const TEXT_NUMBER: Problem = {
  severity: "error",
  rule: "fasi.avanzamento.testo",
  message: "Fasi!J3 (Avanzamento %): «3.500» è testo, non un numero.",
  sheet: "Fasi",
  row: 3,
  column: "Avanzamento %",
  cell: "Fasi!J3",
  objective: "2021_S08_20",
  fix: { value: 3500, label: "Scrivi 3500" },
};

/**
 * the sample (1 error, 2 warnings from the model's rules) plus one parse error with a fix;
 * without the PIAO quality warnings, which have their own test below
 */
function portWithProblem(): MemoryPort {
  const port = new MemoryPort();
  port.model.impostazioni.controlliQualita = false;
  port.parseProblems = [TEXT_NUMBER];
  port.onWriteCell = () => {
    port.parseProblems = [];
  };
  return port;
}

async function open(port = portWithProblem(), language: "it" | "en" = "it") {
  const view = renderView(VerificaView, { port, language });
  await screen.findByRole("heading", { name: /(errori?|errors?),/ });
  return view;
}

async function expandObjective(codice: string, count: number) {
  await userEvent.click(screen.getByRole("button", { name: `Obiettivo ${codice} (${count})` }));
}

describe("Verifica", () => {
  test("counts errors and warnings and groups them by severity, then objective", async () => {
    await open();
    expect(screen.getByRole("heading", { name: "2 errori, 2 avvisi" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Errori (2)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Avvisi (2)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Obiettivo 2021_S08_25 (2)" })).toBeTruthy();
    await expandObjective("2021_S08_20", 1);
    // what is wrong first, in words; the cell comes after, as a link
    expect(screen.getByText("«3.500» è testo, non un numero.")).toBeTruthy();
  });

  test("shows the PIAO quality warnings when they are on, at their cell", async () => {
    const port = portWithProblem();
    port.model.impostazioni.controlliQualita = true;
    await open(port);
    expect(screen.queryByRole("heading", { name: "2 errori, 2 avvisi" })).toBeNull();
    await expandObjective("2021_S08_02", 1);
    expect(screen.getByRole("button", { name: "Vai alla cella Obiettivi!A16" })).toBeTruthy();
  });

  test("clicking a problem's cell selects it in the workbook", async () => {
    const { port } = await open();
    await expandObjective("2021_S08_20", 1);
    await userEvent.click(screen.getByRole("button", { name: "Vai alla cella Fasi!J3" }));
    expect(port.callsOf("select").map((c) => c.args)).toEqual([["Fasi!J3"]]);
  });

  test("Correggi writes the proposed value, then checks again", async () => {
    const { port } = await open();
    await expandObjective("2021_S08_20", 1);
    await userEvent.click(screen.getByRole("button", { name: "Scrivi 3500 nella cella Fasi!J3" }));
    await screen.findByRole("heading", { name: "1 errore, 2 avvisi" });
    expect(port.callsOf("writeCell").map((c) => c.args)).toEqual([["Fasi!J3", 3500]]);
    expect(port.callsOf("load")).toHaveLength(2);
  });

  test("a failed selection is explained in Italian", async () => {
    const { port } = await open();
    port.failNext("select", new Error("Il foglio Fasi è protetto."));
    await expandObjective("2021_S08_20", 1);
    await userEvent.click(screen.getByRole("button", { name: "Vai alla cella Fasi!J3" }));
    await screen.findByText("Operazione sulla cella non riuscita");
    expect(screen.getByText(/Il foglio Fasi è protetto\. Riprova/)).toBeTruthy();
  });

  test("speaks English when Office does, the model checks' messages included", async () => {
    await open(undefined, "en");
    expect(screen.getByRole("heading", { name: "2 errors, 2 warnings" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Check again" })).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: /^Objective 2021_S08_05 \(/ }));
    expect(await screen.findByText(/weight of phase 1 is missing/i)).toBeTruthy();
    expect(screen.queryByText(/manca il peso/i)).toBeNull();
  });

  test("has no serious accessibility violations", async () => {
    const { container } = await open();
    await expandObjective("2021_S08_20", 1);
    expect(await seriousViolations(container)).toEqual([]);
  });
});

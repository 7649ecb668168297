/**
 * @jest-environment jsdom
 */
import "../setup";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { GenerateOptions } from "../../../src/core/ports";
import SchedeView from "../../../src/taskpane/views/schede/SchedeView";
import { shortText } from "../../../src/taskpane/components/format";
import { MemoryPort } from "../memory-port";
import { CODE_A, CODE_B, OTHER_CENTRO, variedModel } from "./fixtures";
import { renderView, seriousViolations } from "./harness";

/** a port whose generation advances one sheet each time the test calls `step()` */
function steppedPort() {
  const port = new MemoryPort(variedModel());
  const waiting: (() => void)[] = [];
  port.generateStep = () => new Promise<void>((resolve) => waiting.push(resolve));
  const step = async () => {
    await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
    await act(async () => waiting.shift()?.());
  };
  return { port, step };
}

function options(port: MemoryPort): GenerateOptions[] {
  return port.callsOf("generate").map((c) => c.args[0] as GenerateOptions);
}

describe("Schede", () => {
  test("shows progress from the port and stops when Interrompi is pressed", async () => {
    const { port, step } = steppedPort();
    renderView(SchedeView, { port });
    await userEvent.click(await screen.findByRole("button", { name: "Genera tutte (31)" }));
    // nothing counted yet: a moving bar and what Excel is doing
    await screen.findByText(/^Excel sta scrivendo 31 fogli/);
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBeNull();
    await step();
    await screen.findByText("1 di 31");
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("1");
    await userEvent.click(screen.getByRole("button", { name: "Interrompi" }));
    await step();
    await screen.findByText(/Generazione interrotta/);
    expect(options(port)).toEqual([{ codes: undefined, index: true }]);
  });

  test("Interrompi pressed while the last batch is in Excel: the run ended, the pane says so", async () => {
    const { port, step } = steppedPort();
    renderView(SchedeView, { port, pane: { selectedObjective: CODE_A } });
    await userEvent.click(await screen.findByRole("button", { name: "Genera 1 scheda" }));
    await userEvent.click(await screen.findByRole("button", { name: "Interrompi" }));
    await step();
    await screen.findByText("Schede generate: 1.");
    expect(screen.queryByText(/Generazione interrotta/)).toBeNull();
  });

  test("generates the chosen objective and opens the sheets, explaining a renamed one", async () => {
    const port = new MemoryPort(variedModel());
    renderView(SchedeView, { port, pane: { selectedObjective: CODE_A } });
    await userEvent.click(await screen.findByRole("checkbox", { name: /Indice schede/ }));
    await userEvent.click(screen.getByRole("button", { name: "Genera 1 scheda" }));
    await screen.findByText("Schede generate: 1.");
    expect(options(port)).toEqual([{ codes: [CODE_A], index: false }]);
    expect(
      screen.getByText(
        `Nel foglio «${CODE_A} (2)». Nome cambiato: il nome ${CODE_A} era già usato da un altro foglio.`,
      ),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: `Apri il foglio ${CODE_A} (2)` }));
    expect(port.callsOf("select").map((c) => c.args)).toEqual([[`'${CODE_A} (2)'!A1`]]);
  });

  test("each scheda is named by its code once, with a short description and its sheet only when that differs", async () => {
    const port = new MemoryPort(variedModel());
    renderView(SchedeView, { port });
    await userEvent.click(await screen.findByRole("button", { name: "Genera tutte (31)" }));
    const list = await screen.findByRole("list");
    const items = within(list)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    const [first, second] = port.model.obiettivi;
    const short = (s: string) => shortText(s, 110);
    expect(items.slice(0, 3)).toEqual([
      "Indice schedeL'elenco delle schede, con il collegamento a ciascuna.",
      `${first.codice}${short(first.descrizione)}Nel foglio «${first.codice} (2)». Nome cambiato: il nome ${first.codice} era già usato da un altro foglio.`,
      `${second.codice}${short(second.descrizione)}`,
    ]);
  });

  test("the filtered choice uses the Cruscotto's filters", async () => {
    const port = new MemoryPort(variedModel());
    renderView(SchedeView, {
      port,
      pane: { filters: { centri: [OTHER_CENTRO] } },
    });
    await userEvent.click(await screen.findByRole("radio", { name: "Gli obiettivi filtrati (1)" }));
    await userEvent.click(screen.getByRole("button", { name: "Genera 1 scheda" }));
    await screen.findByText("Schede generate: 1.");
    expect(options(port)[0].codes).toEqual([CODE_B]);
  });

  test("a failed generation says what to do", async () => {
    const port = new MemoryPort();
    port.failNext("generate", new Error("Il foglio «Indice schede» è protetto."));
    renderView(SchedeView, { port });
    await userEvent.click(await screen.findByRole("button", { name: "Genera tutte (31)" }));
    await screen.findByText("Schede non generate");
    expect(screen.getByText(/è protetto\. Riprova/)).toBeTruthy();
  });

  test("speaks English when Office does", async () => {
    renderView(SchedeView, { language: "en" });
    expect(await screen.findByRole("button", { name: "Generate all (31)" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "All objectives (31)" })).toBeTruthy();
  });

  test("has no serious accessibility violations", async () => {
    const { container } = renderView(SchedeView);
    await screen.findByRole("button", { name: "Genera tutte (31)" });
    expect(await seriousViolations(container)).toEqual([]);
  });
});

describe("Relazione", () => {
  test("writes the Relazione through the port and opens its sheet", async () => {
    const port = new MemoryPort(variedModel());
    const { container } = renderView(SchedeView, { port });
    const section = await screen.findByRole("region", { name: "Relazione" });
    await userEvent.click(within(section).getByRole("button", { name: "Genera relazione" }));
    const done = await within(section).findByText(
      /^Relazione scritta nel foglio «Relazione»: 31 obiettivi, 3 grafici\. Raggiungimento medio: /,
    );
    expect(done.textContent).toMatch(/scostamenti rilevanti: \d+\.$/);
    expect(port.callsOf("generateRelazione")).toHaveLength(1);
    expect(port.callsOf("generate")).toHaveLength(0);
    await userEvent.click(
      within(section).getByRole("button", { name: "Apri il foglio Relazione" }),
    );
    expect(port.callsOf("select").map((c) => c.args)).toEqual([["'Relazione'!A1"]]);
    expect(await seriousViolations(container)).toEqual([]);
  });

  test("says when a user's «Relazione» was left alone, and shows a failure", async () => {
    const port = new MemoryPort(variedModel());
    port.relazioneNameTaken = true;
    renderView(SchedeView, { port, language: "en" });
    const section = await screen.findByRole("region", { name: "Report" });
    await userEvent.click(within(section).getByRole("button", { name: "Generate report" }));
    await within(section).findByText(/^Report written in the sheet «Relazione \(2\)»/);
    expect(
      within(section).getByText(
        "The existing sheet «Relazione» was not created by Schede PEG: it was left as it is and the report is in a new sheet.",
      ),
    ).toBeTruthy();
    port.failNext("generateRelazione", new Error("Excel occupato"));
    await userEvent.click(within(section).getByRole("button", { name: "Generate report" }));
    await within(section).findByText("Report not generated");
  });
});

/**
 * End to end in headless Chromium: the production build of the task pane on a fake Excel
 * workbook, used as an office worker would, from an empty workbook to the printed schede.
 * The steps share one page and one workbook, so they run in order. Screenshots land in
 * out/e2e/screens; axe runs on every view in the real layout.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { OUT, ROOT } from "./build";
import { TEMPLATE_GZIP_BYTES, firstDownload } from "./bundle";
import {
  axeViolations,
  e2eSuite,
  openPane,
  openSection,
  scriptsBeforeTitle,
  seedFake,
  settled,
  shot,
  watchProgress,
  widerThanPane,
  type OpenPane,
} from "./harness";
import { DATA_SHEETS, cellOf, dataPart, snapshotOf } from "./workbook";

const { it, env } = e2eSuite();

/** an objective with phases and a numeric indicator (valore atteso 3.500) */
const OBJECTIVE = "2021_S08_00";
/** its only phase has no weight in the sample */
const NO_WEIGHT = "2021_S08_05";

const tab = (page: Page, name: string) => ({ click: () => openSection(page, name) });

describe("the story of one workbook", () => {
  let pane: OpenPane;
  let page: Page;
  let preparedSheets: string[] = [];

  it("first run: prepares the workbook and loads the sample", async () => {
    pane = await openPane(env(), seedFake());
    page = pane.page;
    await page.getByRole("heading", { name: "Prepariamo la cartella" }).waitFor();
    await shot(page, "01-primo-avvio");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Prepara cartella" }).click();
    await page.getByText(/^Fogli creati: /).waitFor();
    preparedSheets = await page.evaluate(() => window.__e2e.sheetNames());
    expect(preparedSheets).toEqual(expect.arrayContaining(DATA_SHEETS));
    await shot(page, "02-cartella-preparata");

    await page.getByRole("button", { name: "Carica dati di esempio" }).click();
    await page.getByText("31 di 31 obiettivi").waitFor();
    // each objective a compact card of at most four lines, not a tall narrow table row
    const heights = await page
      .getByRole("list", { name: "Obiettivi" })
      .getByRole("listitem")
      .evaluateAll((items) => items.map((li) => li.getBoundingClientRect().height));
    expect(heights).toHaveLength(31);
    expect(Math.max(...heights)).toBeLessThan(90);
    await shot(page, "03-cruscotto");
    expect(await axeViolations(page)).toEqual([]);
    expect(await widerThanPane(page)).toEqual([]);
  });

  it("Rilevazione mensile: a colleague's change of the same cell is resolved, then saved", async () => {
    await tab(page, "Rilevazione mensile").click();
    const picker = page.getByRole("combobox", { name: "Obiettivo" });
    await picker.fill("");
    await picker.pressSequentially(OBJECTIVE);
    await page.getByRole("option", { name: new RegExp(`^${OBJECTIVE} `) }).waitFor();
    await picker.press("Enter");
    expect(await picker.inputValue()).toMatch(new RegExp(`^${OBJECTIVE} — `));
    await page.getByRole("textbox", { name: "Fase 1, Avanzamento (%)" }).fill("50");
    const reached = page.getByRole("textbox", { name: "Indicatore 1, Valore raggiunto" });
    await reached.fill("3.500,5");
    await page.getByText("2 modifiche da salvare.").waitFor();
    await shot(page, "04-rilevazione", reached);
    expect(await axeViolations(page)).toEqual([]);
    expect(await widerThanPane(page)).toEqual([]);

    // meanwhile a colleague sets the same phase to 40 % in the shared workbook
    const fase1 = { obiettivo: OBJECTIVE, numero: 1 };
    const cell = await cellOf(page, "tblFasi", fase1, "Avanzamento %");
    await page.evaluate((a) => window.__e2e.colleagueWrites(a, [[40]]), cell.address);

    await page.getByRole("button", { name: "Salva rilevazione" }).click();
    const nameBox = page.getByRole("textbox", { name: /Il tuo nome per il registro/ });
    await nameBox.fill("Maria Rossi");
    await nameBox.press("Enter");
    const conflict = page.getByRole("dialog", {
      name: "Un collega ha modificato gli stessi valori",
    });
    const mine = conflict.getByRole("radio", { name: "Il tuo valore: 50" });
    await mine.waitFor();
    expect(await conflict.getByRole("radio", { name: "Valore del collega: 40" }).count()).toBe(1);
    await shot(page, "05-conflitto");
    expect(await axeViolations(page)).toEqual([]);
    await mine.check();
    await conflict.getByRole("button", { name: "Salva con queste scelte" }).click();
    await page
      .getByRole("status")
      .getByText(/^Rilevazione salvata: /)
      .waitFor();

    expect((await cellOf(page, "tblFasi", fase1, "Avanzamento %")).value).toBe(50);
    expect((await cellOf(page, "tblIndicatori", fase1, "Valore raggiunto")).value).toBe(3500.5);
    const history = page.getByRole("region", { name: "Rilevazioni precedenti" });
    const entry = history.getByRole("listitem").filter({ hasText: "40 → 50" });
    await entry.waitFor();
    expect(await entry.textContent()).toContain("Maria Rossi");
    await shot(page, "06-rilevazione-salvata", history);
  });

  it("typing in the Fasi table is logged; a cumulative value that goes down is put back", async () => {
    const fase1 = { obiettivo: OBJECTIVE, numero: 1 };
    const progress = await cellOf(page, "tblFasi", fase1, "Avanzamento %");
    await page.evaluate((a) => window.__e2e.userTypes(a, [[60]]), progress.address);
    const typed = page.getByText("Valori scritti nelle tabelle").locator("..");
    await typed
      .getByText(`Registrato: Fase 1 dell'obiettivo ${OBJECTIVE}, Avanzamento %: 50 → 60`)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // the indicator becomes cumulative (a colleague's edit, no event here), then goes down
    const flag = await cellOf(page, "tblIndicatori", fase1, "Cumulativo");
    await page.evaluate((a) => window.__e2e.colleagueWrites(a, [["si"]]), flag.address);
    const reached = await cellOf(page, "tblIndicatori", fase1, "Valore raggiunto");
    await page.evaluate((a) => window.__e2e.userTypes(a, [[3000]]), reached.address);
    await typed.getByText(/^Rimesso il valore precedente: .*cumulativo/).waitFor();
    expect((await cellOf(page, "tblIndicatori", fase1, "Valore raggiunto")).value).toBe(3500.5);
    await shot(page, "06b-valori-scritti-nel-foglio", typed);
  });

  it("Verifica: the missing weight is listed and its cell selected in Excel", async () => {
    await tab(page, "Verifica").click();
    const weight = await cellOf(page, "tblFasi", { obiettivo: NO_WEIGHT, numero: 1 }, "Peso");
    expect(weight.value).toBe("");
    // its group under Errori, the first (the objective may have warnings too)
    await page
      .getByRole("button", { name: new RegExp(`^Obiettivo ${NO_WEIGHT} \\(`) })
      .first()
      .click();
    const goTo = page.getByRole("button", { name: `Vai alla cella ${weight.address}` });
    await goTo.waitFor();
    await shot(page, "07-verifica", goTo);
    expect(await axeViolations(page)).toEqual([]);
    expect(await widerThanPane(page)).toEqual([]);
    await goTo.click();
    await page.waitForFunction((a) => window.__e2e.selection() === a, weight.address);
  });

  it("Schede: all 31 and the index are generated, data sheets unchanged", async () => {
    await tab(page, "Schede").click();
    const before = dataPart(await snapshotOf(page));
    await page.getByRole("radio", { name: "Tutti gli obiettivi (31)" }).check();
    const progress = await watchProgress(page);
    await page.getByRole("button", { name: "Genera tutte (31)" }).click();
    await page.getByText("Schede generate: 31.").waitFor();
    expect((await progress()).length).toBeGreaterThan(0);
    const sheets = await page.evaluate(() => window.__e2e.sheetNames());
    const schede = sheets.filter((n) => !preparedSheets.includes(n) && n !== "Indice schede");
    expect([schede.length, sheets.includes("Indice schede")]).toEqual([31, true]);
    expect(dataPart(await snapshotOf(page))).toEqual(before);
    await shot(page, "08-schede");
    expect(await axeViolations(page)).toEqual([]);
    expect(await widerThanPane(page)).toEqual([]);
  });

  it("Relazione: written beside the schede with three native Excel charts on its cells", async () => {
    const before = dataPart(await snapshotOf(page));
    const section = page.getByRole("region", { name: "Relazione" });
    await section.getByRole("button", { name: "Genera relazione" }).click();
    await section
      .getByText(/^Relazione scritta nel foglio «Relazione»: 31 obiettivi, 3 grafici\./)
      .waitFor();
    const charts = await page.evaluate(() => window.__e2e.charts("Relazione"));
    expect(charts.map((c) => c.type)).toEqual(["ColumnClustered", "BarClustered", "BarStacked"]);
    const ranges = charts.flatMap((c) => c.series.flatMap((s) => [s.values, s.xValues]));
    expect(ranges.every((r) => r?.startsWith("Relazione!"))).toBe(true);
    expect(dataPart(await snapshotOf(page))).toEqual(before);
    const open = section.getByRole("button", { name: "Apri il foglio Relazione" });
    await shot(page, "08-relazione", open);
    expect(await axeViolations(page)).toEqual([]);
    expect(await widerThanPane(page)).toEqual([]);
    await open.click();
    await page.waitForFunction(() => window.__e2e.selection() === "Relazione!A1");
  });

  it("Impostazioni, and no script errors along the way", async () => {
    await tab(page, "Impostazioni").click();
    await page.getByRole("button", { name: "Salva impostazioni" }).waitFor();
    await shot(page, "09-impostazioni");
    expect(await axeViolations(page)).toEqual([]);
    expect(await widerThanPane(page)).toEqual([]);
    expect(pane.errors).toEqual([]);
    await page.close();
  });
});

it("follows a dark Office theme", async () => {
  const dark = seedFake({ bodyBackgroundColor: "#1f1f1f", sample: true });
  const { page } = await openPane(env(), dark);
  await page.getByText("31 di 31 obiettivi").waitFor();
  // the dark background fills the whole pane, edges included
  const pane = await page
    .locator(".fui-FluentProvider")
    .first()
    .evaluate((el) => {
      const { left, top, width } = el.getBoundingClientRect();
      return {
        left,
        top,
        fills: width === window.innerWidth,
        color: getComputedStyle(el).backgroundColor,
      };
    });
  const [r, g, b] = (pane.color.match(/\d+/g) ?? []).map(Number);
  expect(0.299 * r + 0.587 * g + 0.114 * b).toBeLessThan(128);
  expect([pane.left, pane.top, pane.fills]).toEqual([0, 0, true]);
  await shot(page, "10-cruscotto-scuro");
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

it("keeps the title on one small line and the sections on one row from 320 to 450 px", async () => {
  const { page } = await openPane(env(), seedFake({ sample: true }));
  await page.getByText("31 di 31 obiettivi").waitFor();
  const title = await page.getByRole("heading", { level: 1 }).boundingBox();
  expect(title!.height).toBeLessThan(24);
  for (const width of [320, 380, 450]) {
    await page.setViewportSize({ width, height: 900 });
    await settled(page);
    const rows = await page
      .getByRole("tablist", { name: "Sezioni di Schede PEG" })
      .getByRole("tab")
      .evaluateAll((tabs) =>
        tabs
          .filter((t) => (t as HTMLElement).offsetParent !== null)
          .map((t) => Math.round(t.getBoundingClientRect().top)),
      );
    expect(new Set(rows).size).toBe(1);
    expect(await widerThanPane(page)).toEqual([]);
    // what does not fit is one menu away, by its full name
    const more = page.getByRole("tab", { name: /^Altre sezioni/ });
    if (await more.isVisible()) {
      await more.click();
      await page.getByRole("menuitem").first().waitFor();
      await shot(page, `15-sezioni-${width}px`);
      await page.keyboard.press("Escape");
    }
  }
  await page.setViewportSize({ width: 320, height: 900 });
  await page.getByRole("tab", { name: /^Altre sezioni/ }).click();
  await page.getByRole("menuitem", { name: "Impostazioni" }).click();
  await page.getByRole("button", { name: "Salva impostazioni" }).waitFor();
  expect(await page.getByRole("tab", { name: "Impostazioni" }).getAttribute("aria-selected")).toBe(
    "true",
  );
  await page.close();
});

it("speaks English when Office does", async () => {
  const { page } = await openPane(env(), seedFake({ displayLanguage: "en-US" }));
  await page.getByRole("button", { name: "Prepare workbook" }).waitFor();
  await shot(page, "11-english");
  await page.close();
});

it("draws the pane with less JavaScript than Microsoft's React template", async () => {
  const { page } = await openPane(env(), seedFake());
  const report = firstDownload(env().dist, await scriptsBeforeTitle(page));
  writeFileSync(join(OUT, "bundle.json"), `${JSON.stringify(report, null, 2)}\n`);
  expect(report.files.length).toBeGreaterThan(0);
  expect(report.gzipBytes).toBeLessThan(TEMPLATE_GZIP_BYTES);

  // the script for CI and the bench counts the same files from the build alone
  const script = join(ROOT, "scripts", "bundle-size.mjs");
  const fromDist = JSON.parse(
    execFileSync(process.execPath, [script, env().dist, "--json"], { encoding: "utf8" }),
  ) as { gzipBytes: number; files: { file: string }[] };
  // the same set: the browser lists the chunks in the order they arrived
  const names = (files: readonly { file: string }[]) => files.map((f) => f.file).sort();
  expect(names(fromDist.files)).toEqual(names(report.files));
  expect(fromDist.gzipBytes).toBe(report.gzipBytes);
  await page.close();
});

it("fits a 320 px pane: a phase of Rilevazione, the save bar, Impostazioni", async () => {
  const { page, errors } = await openPane(
    env(),
    seedFake({ sample: true, userName: "Maria Rossi" }),
  );
  await page.setViewportSize({ width: 320, height: 900 });
  await page.getByText("31 di 31 obiettivi").waitFor();

  await openSection(page, "Rilevazione mensile");
  const picker = page.getByRole("combobox", { name: "Obiettivo" });
  await picker.fill("");
  await picker.pressSequentially(OBJECTIVE);
  await page.getByRole("option", { name: new RegExp(`^${OBJECTIVE} `) }).waitFor();
  await picker.press("Enter");
  const progress = page.getByRole("textbox", { name: "Fase 1, Avanzamento (%)" });
  await progress.fill("50");
  await page.getByText("1 modifica da salvare.").waitFor();
  // a phase is a compact block: its empty note waits behind a button
  const phase = page.getByRole("listitem").filter({ has: progress });
  expect((await phase.boundingBox())!.height).toBeLessThan(150);
  // each of the phase's three labels on one line («Avanzamento (%)» used to wrap)
  const labelLines = await phase.locator("label").evaluateAll((labels) =>
    labels.map((l) => {
      const style = getComputedStyle(l);
      return [
        l.textContent,
        Math.round(l.getBoundingClientRect().height / parseFloat(style.lineHeight)),
      ];
    }),
  );
  expect(labelLines).toEqual([
    ["Fase 1, Avanzamento (%)", 1],
    ["Fase 1, Inizio effettivo", 1],
    ["Fase 1, Fine effettiva", 1],
  ]);
  // the save bar: Salva and Annulla on one row (three buttons wrapped made the bar 149 px)
  const bar = page.getByRole("region", { name: "Salvataggio della rilevazione" });
  const tops = await Promise.all(
    [/^Salva rilevazione$/, /^Annulla modifiche$/].map(
      async (name) => (await bar.getByRole("button", { name }).boundingBox())!.y,
    ),
  );
  expect(tops[0]).toBe(tops[1]);
  expect((await bar.boundingBox())!.height).toBeLessThan(120);
  await shot(page, "16-rilevazione-320px", progress);
  expect(await widerThanPane(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);

  // the note opens from the keyboard, and the focus goes to its text box
  const noteButton = phase.getByRole("button", { name: "Fase 1, Note" });
  expect(await noteButton.getAttribute("aria-expanded")).toBe("false");
  await noteButton.focus();
  await page.keyboard.press("Enter");
  const note = page.getByRole("textbox", { name: "Fase 1, Note" });
  await note.waitFor();
  expect(await note.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type("Ritardo per il bando");
  expect(await noteButton.getAttribute("aria-expanded")).toBe("true");
  await page.getByText("2 modifiche da salvare.").waitFor();
  await shot(page, "16b-rilevazione-nota-320px", note);
  expect(await axeViolations(page)).toEqual([]);

  await openSection(page, "Impostazioni");
  await page.getByRole("button", { name: "Salva impostazioni" }).waitFor();
  await shot(page, "17-impostazioni-320px");
  await shot(page, "17b-impostazioni-interruttori-320px", page.getByRole("switch").last());
  await shot(
    page,
    "17c-impostazioni-mesi-320px",
    page.getByRole("button", { name: "Chiudi dicembre 2021" }),
  );
  expect(await widerThanPane(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

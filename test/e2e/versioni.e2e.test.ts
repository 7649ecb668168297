/**
 * «Versioni» in headless Chromium: a version is frozen from the keyboard into the fake
 * workbook (the Versioni table and the hidden copy, as `schede-peg versione` writes them), a
 * colleague changes a phase's weight, the comparison lists it under its objective and the
 * Prospetto variazioni is written as a sheet of the workbook.
 */
import { samplePeg } from "../../src/core/sample";
import { axeViolations, openPane, openSection, seedFake, shot, e2eSuite } from "./harness";
import { cellOf, records } from "./workbook";

const { it, env } = e2eSuite();

it("freezes a version, lists what changed since and prints the prospetto", async () => {
  const { page, errors } = await openPane(
    env(),
    seedFake({ sample: true, userName: "Mario Conti" }),
  );
  await openSection(page, "Versioni");
  const region = page.getByRole("region", { name: "Versioni" });
  await region.getByText("Nessuna versione salvata in questa cartella.").waitFor();

  // the keyboard path: type in the fields, Enter saves
  await region.getByRole("textbox", { name: "Nome" }).fill("Piano approvato");
  await region.getByRole("textbox", { name: "Data" }).fill("3/2/2022");
  await region.getByRole("textbox", { name: "Atto" }).focus();
  await page.keyboard.type("Delibera G.C. n. 12 del 3/2/2022");
  await page.keyboard.press("Enter");
  await region
    .getByText("Salvata la versione 1 «Piano approvato» nel foglio nascosto «Versione 1».")
    .waitFor();
  await region
    .getByText("1. «Piano approvato» — Delibera G.C. n. 12 del 3/2/2022 — 03/02/2022 — Mario Conti")
    .waitFor();
  const [row] = await records(page, "tblVersioni");
  expect(row).toEqual(
    expect.objectContaining({
      "N. versione": 1,
      Nome: "Piano approvato",
      Atto: "Delibera G.C. n. 12 del 3/2/2022",
      Utente: "Mario Conti",
      Foglio: "Versione 1",
      // a date cell, as the command line writes it: the serial of 3 February 2022
      Data: 44595,
    }),
  );
  expect((await records(page, "tblVersione1_Obiettivi")).length).toBe(samplePeg().obiettivi.length);
  await shot(page, "40-versioni-congelata");
  expect(await axeViolations(page)).toEqual([]);

  const fase = samplePeg().fasi[0];
  const peso = await cellOf(page, "tblFasi", fase, "Peso");
  const newWeight = Number(peso.value) === 40 ? 45 : 40;
  await page.evaluate(([address, value]) => window.__e2e.colleagueWrites(address, [[value]]), [
    peso.address,
    newWeight,
  ] as const);
  const compare = page.getByRole("region", { name: "Confronta" });
  await compare.getByRole("button", { name: "Confronta" }).click();
  await compare.getByText("1 differenza in 1 obiettivo.").waitFor();
  const list = compare.getByRole("list", { name: `Obiettivo ${fase.obiettivo}` });
  expect(await list.getByRole("listitem").allTextContents()).toEqual([
    `fase ${fase.numero} modificata: Peso: ${String(peso.value)} → ${newWeight}`,
  ]);
  await shot(page, "41-versioni-confronto", list);
  expect(await axeViolations(page)).toEqual([]);

  await compare.getByRole("button", { name: "Prospetto variazioni" }).click();
  await compare
    .getByText("Prospetto variazioni scritto nel foglio «Prospetto variazioni».")
    .waitFor();
  const names = await page.evaluate(() => window.__e2e.sheetNames());
  expect(names).toEqual(expect.arrayContaining(["Versioni", "Versione 1", "Prospetto variazioni"]));
  expect(errors).toEqual([]);
});

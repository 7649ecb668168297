import { existsSync } from "node:fs";
import { writeModelXlsx } from "../../src/adapters/xlsx-file/workbook";
import type { Month, Rilevazione } from "../../src/core/model/types";
import { tempDir, zipParts } from "../adapters/xlsx-file/helpers";
import { monitoredSample } from "../fixtures/monitored-sample";
import { cli } from "./run";

const tmp = tempDir();
afterAll(() => tmp.remove());

/** the monitored sample, every value logged in September as a change from empty */
async function loggedPlan(): Promise<string> {
  const m = monitoredSample();
  const row = (
    elemento: "Fase" | "Indicatore",
    obiettivo: string,
    numero: number,
    campo: string,
    valore: number | null,
  ): Rilevazione => ({
    periodo: "2021-09" as Month,
    obiettivo,
    elemento,
    numero,
    campo,
    valorePrecedente: null,
    valoreNuovo: valore,
    nota: "",
    utente: "rossi",
    timestamp: "2021-09-30T12:00:00",
  });
  const file = tmp.file("monitorato.xlsx");
  await writeModelXlsx(
    {
      ...m,
      rilevazioni: [
        ...m.fasi.map((f) => row("Fase", f.obiettivo, f.numero, "avanzamento", f.avanzamento)),
        ...m.indicatori.map((x) =>
          row("Indicatore", x.obiettivo, x.numero, "valoreRaggiunto", x.valoreRaggiunto),
        ),
      ],
    },
    file,
  );
  return file;
}

describe("schede-peg relazione", () => {
  let plan: string;
  beforeAll(async () => {
    plan = await loggedPlan();
  });

  it("writes the report with its charts and says what it holds", () => {
    const out = tmp.file("rel.xlsx");
    const r = cli(["relazione", plan, "-o", out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^Scritto «.*rel\.xlsx»: relazione di 31 obiettivi \(periodo di riferimento: settembre 2021\) nel foglio «Relazione» con 3 grafici\./,
    );
    expect(r.stdout).toMatch(/Raggiungimento medio: \d+(,\d)?%; scostamenti rilevanti: \d+\./);
    expect(zipParts(out).filter((p) => p.startsWith("xl/charts/"))).toHaveLength(3);
  });

  it("--periodo goes back to the values logged up to that month", () => {
    const r = cli(["relazione", plan, "-o", tmp.file("giugno.xlsx"), "--periodo", "2021-06"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("(periodo di riferimento: giugno 2021)");
    expect(r.stdout).toContain("Raggiungimento medio: nessun obiettivo misurato");
    expect(r.stdout).toContain("registrati fino a quel mese nel registro Rilevazioni");
  });

  it("refuses a wrong month, a missing -o and the input as output, with exit 2", () => {
    const bad = cli(["relazione", plan, "-o", tmp.file("x.xlsx"), "--periodo", "giugno"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Mese non valido per --periodo: «giugno». Scriverlo come AAAA-MM");
    const noOut = cli(["relazione", plan]);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain("Manca il file da scrivere (-o REL.xlsx)");
    const same = cli(["relazione", plan, "-o", plan]);
    expect(same.status).toBe(2);
    expect(same.stderr).toContain("è lo stesso file di partenza");
  });

  it("writes the workbook but says how to get LibreOffice when the PDF cannot be made", () => {
    const out = tmp.file("senza-pdf.xlsx");
    const r = cli(["relazione", plan, "-o", out, "--pdf", tmp.file("pdf")], { PATH: "" });
    expect(r.status).toBe(2);
    expect(existsSync(out)).toBe(true);
    expect(r.stderr).toContain("Il PDF non è stato creato.");
  });

  it("has its help in Italian and English", () => {
    expect(cli(["relazione", "--help"]).stdout).toContain("--periodo AAAA-MM");
    expect(cli(["relazione", "--help", "--lang", "en"]).stdout).toContain("--periodo YYYY-MM");
  });
});

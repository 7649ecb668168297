import {
  MAX_TEXT,
  decodeEsito,
  encodeEsito,
  esitoUrl,
  langOf,
  type Esito,
  type Lang,
} from "../../src/commands/esito-query";

const COMMANDS_PAGE = "https://peg.comune.example/addin/commands.html?_host_info=x#y";

const CASES: { title: string; esito: Esito; lang: Lang }[] = [
  {
    title: "verifica with problems",
    esito: {
      kind: "verifica",
      errors: 2,
      warnings: 5,
      cell: "'Obiettivi e Fasi'!H12",
      message: "Il peso «30,5» non è un numero: scrivi 30.5 & riprova <subito>?",
    },
    lang: "it",
  },
  {
    title: "verifica without problems",
    esito: { kind: "verifica", errors: 0, warnings: 0, cell: null, message: null },
    lang: "en",
  },
  {
    title: "scheda",
    esito: { kind: "scheda", code: "2021_S08_21", sheet: "Scheda 2021_S08_21 (2)" },
    lang: "it",
  },
  { title: "no objective row", esito: { kind: "nessunaRiga" }, lang: "it" },
  {
    title: "error",
    esito: { kind: "errore", command: "generaScheda", message: "Foglio «Fasi» protetto = +1" },
    lang: "en",
  },
];

/** the query Office would open: our address plus its own _host_info parameter */
function roundTrip(esito: Esito, lang: Lang) {
  const url = new URL(esitoUrl(COMMANDS_PAGE, esito, lang));
  url.searchParams.append("_host_info", "Excel$Win32$16.01$it-IT");
  return { url, decoded: decodeEsito(url.search) };
}

describe("esito query", () => {
  test.each(CASES)("$title survives the URL unchanged", ({ esito, lang }) => {
    const { url, decoded } = roundTrip(esito, lang);
    expect(decoded).toEqual({ esito, lang });
    expect(url.origin + url.pathname).toBe("https://peg.comune.example/addin/esito.html");
    expect(url.hash).toBe("");
  });

  test("no character of a message is left raw in the URL", () => {
    const { url } = roundTrip(CASES[0].esito, "it");
    expect(url.search).not.toMatch(/[<>"« ]/);
  });

  test("a long message is cut to the limit with an ellipsis", () => {
    const message = "x".repeat(MAX_TEXT * 3);
    const query = encodeEsito({ kind: "errore", command: "verifica", message }, "it");
    const decoded = decodeEsito(query).esito;
    expect(decoded?.kind === "errore" && decoded.message.length).toBe(MAX_TEXT);
    expect(decoded?.kind === "errore" && decoded.message.endsWith("…")).toBe(true);
  });

  test.each([
    ["", "nothing"],
    ["k=verifica&e=1", "a missing count"],
    ["k=verifica&e=-1&w=0", "a negative count"],
    ["k=verifica&e=1e3&w=0", "a count that is not digits"],
    ["k=scheda&o=OB1", "a scheda without its sheet"],
    ["k=errore&cmd=cancella&m=x", "an unknown command"],
    ["k=errore&cmd=verifica", "an error without a message"],
    ["k=altro", "an unknown kind"],
  ])("%j (%s) decodes to no outcome", (query) => {
    expect(decodeEsito(query).esito).toBeNull();
  });

  test.each([
    ["en-US", "en"],
    ["EN-gb", "en"],
    ["it-IT", "it"],
    ["de-DE", "it"],
    [undefined, "it"],
  ] as const)("display language %s is shown as %s", (display, lang) => {
    expect(langOf(display)).toBe(lang);
  });
});

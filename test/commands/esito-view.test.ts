/**
 * @jest-environment jsdom
 */
import { encodeEsito, type Esito, type Lang } from "../../src/commands/esito-query";
import { renderEsito } from "../../src/commands/esito-view";

function show(esito: Esito | null, lang: Lang = "it") {
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  let closes = 0;
  const button = renderEsito(root, esito ? `?${encodeEsito(esito, lang)}` : "", () => {
    closes += 1;
  });
  return { root, button, closes: () => closes, text: root.textContent ?? "" };
}

describe("esito dialog page", () => {
  test.each([
    {
      esito: {
        kind: "verifica",
        errors: 1,
        warnings: 3,
        cell: "Fasi!H12",
        message: "Peso mancante.",
      },
      lang: "it",
      expected: [
        "Verifica completata",
        "1 errore e 3 avvisi.",
        "Fasi!H12",
        "Peso mancante.",
        "Chiudi",
      ],
    },
    {
      esito: { kind: "verifica", errors: 2, warnings: 1, cell: null, message: null },
      lang: "en",
      expected: ["Check complete", "2 errors and 1 warning.", "Close"],
    },
    {
      esito: { kind: "verifica", errors: 0, warnings: 0, cell: null, message: null },
      lang: "it",
      expected: ["Nessun problema trovato."],
    },
    {
      esito: { kind: "scheda", code: "2021_S08_21", sheet: "2021_S08_21" },
      lang: "it",
      expected: ["Scheda 2021_S08_21 generata nel foglio «2021_S08_21»."],
    },
    {
      esito: { kind: "nessunaRiga" },
      lang: "it",
      expected: ["Scheda non generata", "Seleziona una riga di un obiettivo"],
    },
    {
      esito: { kind: "errore", command: "verifica", message: "Tabella Fasi mancante." },
      lang: "en",
      expected: ["Check failed", "Tabella Fasi mancante."],
    },
  ] as { esito: Esito; lang: Lang; expected: string[] }[])(
    "$esito.kind in $lang says $expected",
    ({ esito, lang, expected }) => {
      const { text } = show(esito, lang);
      for (const part of expected) expect(text).toContain(part);
      expect(document.documentElement.lang).toBe(lang);
    },
  );

  test("markup in a message stays text", () => {
    const message = '<script>window.pwned=1</script><img src=x onerror="alert(1)">';
    const { root } = show({ kind: "verifica", errors: 1, warnings: 0, cell: "Fasi!A1", message });
    expect(root.querySelector("script, img")).toBeNull();
    expect(root.querySelector(".esito-message")?.textContent).toBe(message);
  });

  test("a page opened without an outcome says so", () => {
    expect(show(null).text).toContain("Nessun esito da mostrare.");
  });

  test("Chiudi and Esc ask to close", () => {
    const { button, closes } = show({ kind: "nessunaRiga" });
    button.click();
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    expect(closes()).toBe(2);
  });
});

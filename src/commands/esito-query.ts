/**
 * The outcome of a ribbon command, carried to the dialog page (esito.html) in its URL query:
 * the dialog is a separate page with its own JavaScript context, and a query needs no
 * messages back and forth before the page can draw. Pure: no Office, no DOM.
 */
export type Lang = "it" | "en";
export type EsitoCommand = "verifica" | "generaScheda";

export type Esito =
  | {
      readonly kind: "verifica";
      readonly errors: number;
      readonly warnings: number;
      /** the cell selected for the user, e.g. "Fasi!H12" */
      readonly cell: string | null;
      /** Italian message of the problem at that cell */
      readonly message: string | null;
    }
  | { readonly kind: "scheda"; readonly code: string; readonly sheet: string }
  /** "Genera scheda" with no objective row selected */
  | { readonly kind: "nessunaRiga" }
  | { readonly kind: "errore"; readonly command: EsitoCommand; readonly message: string };

/** long texts are cut so the URL stays well below the limits of browsers and servers */
export const MAX_TEXT = 400;

function cut(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`;
}

/** Office's display language ("it-IT", "en-US", …) as one of the dialog's languages */
export function langOf(displayLanguage: string | undefined): Lang {
  return /^en\b/i.test(displayLanguage ?? "") ? "en" : "it";
}

/** "k=verifica&e=1&…" without the leading "?" */
export function encodeEsito(esito: Esito, lang: Lang): string {
  const q = new URLSearchParams({ lang, k: esito.kind });
  switch (esito.kind) {
    case "verifica":
      q.set("e", String(esito.errors));
      q.set("w", String(esito.warnings));
      if (esito.cell) q.set("c", cut(esito.cell));
      if (esito.message) q.set("m", cut(esito.message));
      break;
    case "scheda":
      q.set("o", cut(esito.code));
      q.set("s", cut(esito.sheet));
      break;
    case "errore":
      q.set("cmd", esito.command);
      q.set("m", cut(esito.message));
      break;
    case "nessunaRiga":
      break;
  }
  return q.toString();
}

/** the dialog's address: esito.html beside the commands page, with the outcome in the query */
export function esitoUrl(commandsPage: string, esito: Esito, lang: Lang): string {
  const url = new URL("esito.html", commandsPage);
  url.search = encodeEsito(esito, lang);
  url.hash = "";
  return url.href;
}

function count(text: string | null): number | null {
  return text !== null && /^\d{1,7}$/.test(text) ? Number(text) : null;
}

/**
 * The outcome in a query string ("?k=…" or "k=…"); null when it is missing or malformed.
 * Parameters it does not know (Office adds `_host_info`) are ignored.
 */
export function decodeEsito(search: string): { readonly esito: Esito | null; readonly lang: Lang } {
  const q = new URLSearchParams(search);
  const lang: Lang = q.get("lang") === "en" ? "en" : "it";
  const text = (key: string) => {
    const v = q.get(key);
    return v === null || v === "" ? null : cut(v);
  };
  switch (q.get("k")) {
    case "verifica": {
      const errors = count(q.get("e"));
      const warnings = count(q.get("w"));
      if (errors === null || warnings === null) return { esito: null, lang };
      return {
        esito: { kind: "verifica", errors, warnings, cell: text("c"), message: text("m") },
        lang,
      };
    }
    case "scheda": {
      const code = text("o");
      const sheet = text("s");
      return { esito: code && sheet ? { kind: "scheda", code, sheet } : null, lang };
    }
    case "nessunaRiga":
      return { esito: { kind: "nessunaRiga" }, lang };
    case "errore": {
      const command = q.get("cmd");
      const message = text("m");
      const ok = (command === "verifica" || command === "generaScheda") && message;
      return { esito: ok ? { kind: "errore", command, message } : null, lang };
    }
    default:
      return { esito: null, lang };
  }
}

/**
 * Draws the outcome of a ribbon command in the dialog page, with plain DOM: every text from
 * the URL goes in with textContent, never as HTML.
 */
import { decodeEsito } from "./esito-query";
import { esitoText } from "./esito-text";

function add<K extends keyof HTMLElementTagNameMap>(
  parent: HTMLElement,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = parent.ownerDocument.createElement(tag);
  element.className = className;
  if (text !== undefined) element.textContent = text;
  parent.appendChild(element);
  return element;
}

/** fills `root` with the outcome in `search` (location.search); returns the close button */
export function renderEsito(
  root: HTMLElement,
  search: string,
  onClose: () => void,
): HTMLButtonElement {
  const { esito, lang } = decodeEsito(search);
  const text = esitoText(esito, lang);
  const doc = root.ownerDocument;
  doc.documentElement.lang = lang;
  doc.title = `${text.title} - Schede PEG`;
  root.replaceChildren();

  const main = add(root, "main", `esito esito-${text.tone}`);
  add(main, "h1", "esito-title", text.title);
  const summary = add(main, "p", "esito-summary", text.summary);
  summary.setAttribute("role", "status");
  if (text.detail) {
    const detail = add(main, "section", "esito-detail");
    detail.setAttribute("aria-label", text.detail.label);
    const label = add(detail, "p", "esito-detail-label", `${text.detail.label}: `);
    add(label, "strong", "esito-cell", text.detail.cell);
    if (text.detail.message) add(detail, "p", "esito-message", text.detail.message);
  }
  if (text.note) add(main, "p", "esito-note", text.note);

  const footer = add(root, "footer", "esito-footer");
  const button = add(footer, "button", "esito-close", text.close);
  button.type = "button";
  button.addEventListener("click", onClose);
  doc.addEventListener("keydown", (event) => {
    if (event.key === "Escape") onClose();
  });
  return button;
}

/**
 * The look of the printed sheets. Font: Arial, because LibreOffice renders it with Liberation
 * Sans (same metrics) and both carry the block characters of the progress bar (█ ░), while
 * Carlito, LibreOffice's stand-in for Calibri, lacks them: with Arial the text measured in
 * measure.ts wraps the same way in Excel and in LibreOffice.
 */
import type { Esito } from "../compute/types";
import type { BorderSide, CellStyle, FontSpec, HAlign, StyleId, VAlign } from "./types";

export const FONT = "Arial";
export const SIZE_TEXT = 9;
export const SIZE_LABEL = 8;

const INK = "1A1A1A";
const MUTED = "404040";
const NAVY = "1F3864";
const LINE = "A6A6A6";
const LABEL_FILL = "EDEDED";
const ITEM_FILL = "DCE6F1";

const thin: BorderSide = { weight: "thin", color: LINE };
const boxed = { top: thin, left: thin, bottom: thin, right: thin };

function font(size: number, extra: Partial<FontSpec> = {}): FontSpec {
  return { name: FONT, size, color: INK, ...extra };
}

function style(
  f: FontSpec,
  horizontal: HAlign,
  vertical: VAlign,
  extra: Partial<CellStyle> = {},
): CellStyle {
  return { font: f, horizontal, vertical, wrap: true, ...extra };
}

/** left-aligned text one indent level off the cell's border, which it would otherwise touch */
function left(f: FontSpec, vertical: VAlign, extra: Partial<CellStyle> = {}): CellStyle {
  return style(f, "left", vertical, { indent: 1, ...extra });
}

/** Colours of the monitoring status: the text always says the status too. */
export const STATUS_COLORS: Readonly<Record<Esito, { fill: string; ink: string }>> = {
  "in linea": { fill: "C6EFCE", ink: "006100" },
  "in ritardo": { fill: "FFEB9C", ink: "7F4F00" },
  critico: { fill: "FFC7CE", ink: "9C0006" },
  concluso: { fill: "BDD7EE", ink: "1F3864" },
  "non misurato": { fill: "E7E6E6", ink: "404040" },
  sospeso: { fill: "FCE4D6", ink: "843C0C" },
  annullato: { fill: "D9D9D9", ink: "262626" },
};

/** the status cell of a scheda (large) or of a table row (small) */
export function statusStyleId(esito: Esito, small = false): StyleId {
  return `${small ? "status-small" : "status"}:${esito}`;
}

function statusStyles(): Record<StyleId, CellStyle> {
  const out: Record<StyleId, CellStyle> = {};
  for (const [esito, c] of Object.entries(STATUS_COLORS) as [
    Esito,
    (typeof STATUS_COLORS)[Esito],
  ][])
    for (const small of [false, true])
      out[statusStyleId(esito, small)] = style(
        font(small ? SIZE_LABEL : 10, { bold: true, color: c.ink }),
        "center",
        // in a table row (the index) the status sits on top like the other cells
        small ? "top" : "middle",
        { fill: c.fill, border: boxed },
      );
  return out;
}

export const STYLES: Readonly<Record<StyleId, CellStyle>> = {
  ente: style(font(12, { bold: true, color: NAVY }), "left", "bottom", {
    border: { bottom: { weight: "medium", color: NAVY } },
  }),
  title: style(font(14, { bold: true, color: NAVY }), "right", "bottom", {
    border: { bottom: { weight: "medium", color: NAVY } },
  }),
  band: left(font(10, { bold: true, color: "FFFFFF" }), "middle", { fill: NAVY }),
  label: left(font(SIZE_LABEL, { bold: true, color: MUTED }), "middle", {
    fill: LABEL_FILL,
    border: boxed,
  }),
  labelCenter: style(font(SIZE_LABEL, { bold: true, color: MUTED }), "center", "middle", {
    fill: LABEL_FILL,
    border: boxed,
  }),
  value: left(font(SIZE_TEXT), "top", { border: boxed }),
  valueSmall: left(font(SIZE_LABEL), "top", { border: boxed }),
  valueCenterSmall: style(font(SIZE_LABEL), "center", "top", { border: boxed }),
  numberSmall: style(font(SIZE_LABEL), "right", "top", {
    border: boxed,
    wrap: false,
    shrink: true,
  }),
  valueCenter: style(font(SIZE_TEXT), "center", "top", { border: boxed }),
  number: style(font(SIZE_TEXT), "right", "top", { border: boxed, wrap: false, shrink: true }),
  code: left(font(10, { bold: true, color: NAVY }), "top", { border: boxed }),
  description: left(font(10), "top", { border: boxed }),
  text: left(font(SIZE_TEXT), "top", { border: boxed }),
  itemNo: style(font(SIZE_TEXT, { bold: true, color: NAVY }), "center", "top", {
    fill: ITEM_FILL,
    border: boxed,
  }),
  itemText: left(font(SIZE_TEXT, { bold: true }), "top", {
    fill: ITEM_FILL,
    border: boxed,
  }),
  bar: style(font(SIZE_TEXT, { color: NAVY }), "left", "middle", { border: boxed, wrap: false }),
  percent: style(font(10, { bold: true }), "right", "middle", {
    border: boxed,
    wrap: false,
    shrink: true,
  }),
  note: left(font(SIZE_LABEL, { italic: true, color: MUTED }), "middle", {
    border: boxed,
  }),
  plain: style(font(SIZE_TEXT), "left", "middle"),
  plainBold: style(font(SIZE_TEXT, { bold: true }), "left", "middle"),
  link: left(font(SIZE_LABEL, { color: "0563C1", underline: true }), "top", {
    border: boxed,
  }),
  ...statusStyles(),
};

export function styleOf(id: StyleId): CellStyle {
  const s = STYLES[id];
  if (!s) throw new Error(`Stile sconosciuto: ${id}`);
  return s;
}

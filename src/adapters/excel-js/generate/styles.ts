/**
 * Named cell styles, one per layout style (ExcelApi 1.7: `workbook.styles.add(name)` and the
 * Style's font, fill, borders, alignment, wrapText, indentLevel and numberFormat,
 * learn.microsoft.com/javascript/api/excel/excel.style and excel.stylecollection; a range takes
 * one with `range.style = name`, learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-style-member).
 * A sheet then needs one command per style instead of one per format property and rectangle.
 * Our styles are created once per workbook and set again at every generation, so a changed
 * layout reaches the workbook and running twice changes nothing.
 */
import type { BorderSide, CellStyle } from "../../../core/layout/types";
import type { StyleUse } from "./cell-use";

export const STYLE_PREFIX = "SchedePEG ";
const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const WEIGHT = { thin: "Thin", medium: "Medium", hair: "Hairline" } as const;
const EDGES = [
  ["EdgeTop", "top"],
  ["EdgeBottom", "bottom"],
  ["EdgeLeft", "left"],
  ["EdgeRight", "right"],
] as const;
/** Style property writes `queueStyle` sends for one style (font 5, fill 1, 4 edges × 3, 4). */
export const STYLE_COMMANDS = 23;

export interface StyleDef {
  readonly name: string;
  readonly style: CellStyle;
  readonly numberFormat: string;
}

/**
 * Style names of one generation: the layout's style id, readable in Excel's style gallery.
 * Two layouts giving one id different looks get two styles ("… 2"), never a wrong look.
 */
export class StyleRegistry {
  private readonly byKey = new Map<string, StyleDef>();
  private readonly taken = new Set<string>();

  nameFor(use: StyleUse): string {
    const key = JSON.stringify(use);
    const known = this.byKey.get(key);
    if (known) return known.name;
    const format = use.numberFormat === "@" ? "" : ` ${use.numberFormat}`;
    const base = STYLE_PREFIX + `${use.id}${format}`.replace(/[^\p{L}\p{N} ._%-]/gu, "-");
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    this.taken.add(name.toLowerCase());
    this.byKey.set(key, { name, style: use.style, numberFormat: use.numberFormat });
    return name;
  }

  defs(): StyleDef[] {
    return [...this.byKey.values()];
  }
}

const hex = (color: string): string => `#${color.toUpperCase()}`;

function edge(border: Excel.RangeBorder, side: BorderSide | undefined): void {
  if (!side) {
    border.style = "None";
    return;
  }
  border.style = "Continuous";
  border.weight = WEIGHT[side.weight];
  border.color = hex(side.color);
}

/** Creates the style when the workbook lacks it and sets every property. */
export function queueStyle(styles: Excel.StyleCollection, def: StyleDef, exists: boolean): void {
  if (!exists) styles.add(def.name);
  const st = styles.getItem(def.name);
  const s = def.style;
  st.font.name = s.font.name;
  st.font.size = s.font.size;
  st.font.bold = s.font.bold === true;
  st.font.italic = s.font.italic === true;
  st.font.color = hex(s.font.color ?? "000000");
  if (s.fill) st.fill.color = hex(s.fill);
  else st.fill.clear();
  for (const [index, key] of EDGES) edge(st.borders.getItem(index), s.border?.[key]);
  st.horizontalAlignment = H_ALIGN[s.horizontal];
  st.verticalAlignment = V_ALIGN[s.vertical];
  st.wrapText = s.wrap;
  st.indentLevel = s.indent ?? 0;
  st.numberFormat = def.numberFormat;
}

/**
 * Native charts of a generated sheet: one drawing part (xdr:wsDr, a twoCellAnchor per chart)
 * and one DrawingML chart part per chart (c:chartSpace with a c:barChart), with their
 * relationships and content types (ECMA-376 part 1, §20.5 spreadsheet drawing, §21.2 charts).
 * Series point at the sheet's cells (c:f) and carry a cache of the values written there, as
 * Excel itself saves them, so every reader shows the chart before recalculating anything.
 */
import { columnLetters, quoteSheetName } from "../../../core/schema/address";
import { type ChartSpec, type ColumnRange, chartLabelFormat } from "../../../core/layout/chart";
import type { SchedaLayout } from "../../../core/layout/types";
import { CONTENT_TYPE, REL, addRels, freeParts, setContentTypes } from "../package/opc";
import { escapeXml } from "../package/xml";
import type { PackageParts } from "../package/zip";

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CAT_AXIS = 500010;
const VAL_AXIS = 500020;
/** hundredths of a point */
const LABEL_SIZE = 800;
const TITLE_SIZE = 1100;
const FONT = "Arial";

type Values = ReadonlyMap<string, string | number | null>;

const at = (row: number, col: number): string => `${row}:${col}`;

function cellValues(layout: SchedaLayout): Values {
  return new Map(layout.cells.map((c) => [at(c.row, c.col), c.value]));
}

/** 'Relazione'!$B$5:$B$9 */
export function rangeRef(sheet: string, r: ColumnRange): string {
  const col = columnLetters(r.col - 1);
  return `${quoteSheetName(sheet)}!$${col}$${r.firstRow}:$${col}$${r.lastRow}`;
}

function cellRef(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!$${columnLetters(col - 1)}$${row}`;
}

function rows(r: ColumnRange): number[] {
  return Array.from({ length: r.lastRow - r.firstRow + 1 }, (_, i) => r.firstRow + i);
}

function strCache(texts: readonly string[]): string {
  const pts = texts.map((t, i) => `<c:pt idx="${i}"><c:v>${escapeXml(t)}</c:v></c:pt>`);
  return `<c:strCache><c:ptCount val="${texts.length}"/>${pts.join("")}</c:strCache>`;
}

/** empty cells and text have no point: a gap, not a zero */
function numCache(values: readonly (string | number | null | undefined)[], format: string): string {
  const pts = values.flatMap((v, i) =>
    typeof v === "number" ? [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`] : [],
  );
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts.join("")}</c:numCache>`;
}

function text(size: number, color?: string): string {
  const fill = color ? `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>` : "";
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="0">${fill}<a:latin typeface="${FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="it-IT"/></a:p></c:txPr>`;
}

function title(t: string): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${TITLE_SIZE}" b="1"/></a:pPr><a:r><a:rPr lang="it-IT" sz="${TITLE_SIZE}" b="1"><a:latin typeface="${FONT}"/></a:rPr><a:t>${escapeXml(t)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

function dataLabels(spec: ChartSpec): string {
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeXml(chartLabelFormat(spec))}" sourceLinked="0"/>` +
    // inside a stacked segment the label sits on the bar's colour: white reads on all of them
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${text(LABEL_SIZE, spec.kind === "stackedBar" ? "FFFFFF" : undefined)}` +
    `<c:dLblPos val="${spec.kind === "stackedBar" ? "ctr" : "outEnd"}"/>` +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>' +
    '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
  );
}

/** The chart part of one chart, its series read from (and cached as) the layout's cells. */
export function chartXml(spec: ChartSpec, layout: SchedaLayout): string {
  const sheet = layout.sheetName;
  const values = cellValues(layout);
  const catRows = rows(spec.categories);
  const categories = catRows.map((r) => String(values.get(at(r, spec.categories.col)) ?? ""));
  const catXml = `<c:cat><c:strRef><c:f>${escapeXml(rangeRef(sheet, spec.categories))}</c:f>${strCache(categories)}</c:strRef></c:cat>`;
  const series = spec.series.map((s, i) => {
    const name = String(values.get(at(s.nameCell.row, s.nameCell.col)) ?? "");
    const nums = rows(s.values).map((r) => values.get(at(r, s.values.col)));
    return (
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
      `<c:tx><c:strRef><c:f>${escapeXml(cellRef(sheet, s.nameCell.row, s.nameCell.col))}</c:f>${strCache([name])}</c:strRef></c:tx>` +
      `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr>` +
      `<c:invertIfNegative val="0"/>${dataLabels(spec)}${catXml}` +
      `<c:val><c:numRef><c:f>${escapeXml(rangeRef(sheet, s.values))}</c:f>${numCache(nums, spec.valueFormat)}</c:numRef></c:val>` +
      "</c:ser>"
    );
  });
  const horizontal = spec.kind !== "column";
  const stacked = spec.kind === "stackedBar";
  const max = spec.valueMax === undefined ? "" : `<c:max val="${spec.valueMax}"/>`;
  return (
    `${XML}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:date1904 val="0"/><c:lang val="it-IT"/><c:roundedCorners val="0"/>' +
    `<c:chart>${title(spec.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/>` +
    `<c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
    series.join("") +
    `<c:gapWidth val="60"/>${stacked ? '<c:overlap val="100"/>' : ""}` +
    `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>' +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(LABEL_SIZE)}` +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/>${max}<c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${escapeXml(spec.axisFormat ?? spec.valueFormat)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(LABEL_SIZE)}` +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    "</c:plotArea>" +
    (spec.series.length > 1
      ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${text(LABEL_SIZE)}</c:legend>`
      : "") +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `${text(LABEL_SIZE)}</c:chartSpace>`
  );
}

function marker(tag: "from" | "to", col0: number, row0: number): string {
  return `<xdr:${tag}><xdr:col>${col0}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row0}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** The drawing part: each chart stretched over its cells, moving and sizing with them. */
export function drawingXml(charts: readonly { spec: ChartSpec; relId: string }[]): string {
  const anchors = charts.map(({ spec, relId }, i) => {
    const a = spec.anchor;
    return (
      `<xdr:twoCellAnchor editAs="twoCell">${marker("from", a.left - 1, a.top - 1)}${marker("to", a.right, a.bottom)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Grafico ${i + 1}" descr="${escapeXml(spec.title)}"/>` +
      "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>" +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${relId}"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return `${XML}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join("")}</xdr:wsDr>`;
}

/**
 * Writes the drawing and chart parts of a sheet part and links them; returns the id of the
 * sheet's relationship to the drawing (its <drawing r:id>), or null when there is no chart.
 */
export function addCharts(
  pkg: PackageParts,
  sheetPart: string,
  layout: SchedaLayout,
  charts: readonly ChartSpec[],
): string | null {
  if (charts.length === 0) return null;
  const [drawing] = freeParts(pkg, "xl/drawings/", "drawing", 1);
  const chartParts = freeParts(pkg, "xl/charts/", "chart", charts.length);
  charts.forEach((c, i) => pkg.set(chartParts[i], chartXml(c, layout)));
  const ids = addRels(
    pkg,
    drawing,
    chartParts.map((target) => ({ type: REL.chart, target })),
  );
  pkg.set(drawing, drawingXml(charts.map((spec, i) => ({ spec, relId: ids[i] }))));
  setContentTypes(
    pkg,
    new Map([
      [drawing, CONTENT_TYPE.drawing],
      ...chartParts.map((p): [string, string] => [p, CONTENT_TYPE.chart]),
    ]),
  );
  const [id] = addRels(pkg, sheetPart, [{ type: REL.drawing, target: drawing }]);
  return id;
}

/**
 * The Relazione's native charts on the live workbook, from the same ChartSpec the file adapter
 * writes as DrawingML: `Worksheet.charts.add` (ExcelApi 1.1) on the first series' cells, then
 * each series' values and categories as references to the sheet's cells
 * (`ChartSeries.setValues`, `setXAxisValues`, `ChartSeriesCollection.add`, ExcelApi 1.7), so
 * correcting a figure moves the chart. Everything is queued: the caller's sync sends it.
 */
import { type ChartSpec, type ColumnRange, chartLabelFormat } from "../../../core/layout/chart";
import type { SchedaLayout } from "../../../core/layout/types";
import { columnLetters } from "../../../core/schema/address";

/** ChartSpec.kind → Excel.ChartType */
export const CHART_TYPE: Readonly<
  Record<ChartSpec["kind"], "ColumnClustered" | "BarClustered" | "BarStacked">
> = {
  column: "ColumnClustered",
  bar: "BarClustered",
  stackedBar: "BarStacked",
};

const cellAddress = (row: number, col: number): string => `${columnLetters(col - 1)}${row}`;

/** "D5:D9", on the chart's own sheet */
export function columnAddress(r: ColumnRange): string {
  return `${cellAddress(r.firstRow, r.col)}:${cellAddress(r.lastRow, r.col)}`;
}

export function queueCharts(
  sheet: Excel.Worksheet,
  layout: SchedaLayout,
  specs: readonly ChartSpec[],
): Excel.Chart[] {
  const text = new Map(layout.cells.map((c) => [`${c.row}:${c.col}`, c.value]));
  return specs.flatMap((spec) => {
    const [first, ...others] = spec.series;
    if (!first) return [];
    const chart = sheet.charts.add(
      CHART_TYPE[spec.kind],
      sheet.getRange(columnAddress(first.values)),
      "Columns",
    );
    chart.title.text = spec.title;
    const { top, left, bottom, right } = spec.anchor;
    chart.setPosition(cellAddress(top, left), cellAddress(bottom, right));
    const categories = sheet.getRange(columnAddress(spec.categories));
    spec.series.forEach((s, i) => {
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add();
      if (i > 0) series.setValues(sheet.getRange(columnAddress(s.values)));
      series.name = String(text.get(`${s.nameCell.row}:${s.nameCell.col}`) ?? "");
      series.setXAxisValues(categories);
      series.format.fill.setSolidColor(`#${s.color}`);
    });
    const values = chart.axes.valueAxis;
    values.minimum = 0;
    if (spec.valueMax !== undefined) values.maximum = spec.valueMax;
    values.numberFormat = spec.axisFormat ?? spec.valueFormat;
    chart.dataLabels.showValue = true;
    chart.dataLabels.numberFormat = chartLabelFormat(spec);
    chart.legend.visible = others.length > 0;
    if (others.length > 0) chart.legend.position = "Bottom";
    return [chart];
  });
}

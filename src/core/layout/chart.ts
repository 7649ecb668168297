/**
 * A native chart of a printed sheet, described as data: what it shows (the cells of its
 * categories and series, on the same sheet) and where it sits. The file adapter writes it as
 * a DrawingML chart part, so the clerk can restyle it in Excel like one drawn by hand.
 */

/** Cells of one column, rows first..last (1-based, inclusive). */
export interface ColumnRange {
  readonly col: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

export interface ChartSeries {
  /** the cell holding the series' name (a column label of the table) */
  readonly nameCell: { readonly row: number; readonly col: number };
  readonly values: ColumnRange;
  /** bar colour, RGB hex */
  readonly color: string;
}

export interface ChartSpec {
  /** bar: horizontal bars; stackedBar: horizontal, series stacked; column: vertical bars */
  readonly kind: "bar" | "stackedBar" | "column";
  readonly title: string;
  readonly categories: ColumnRange;
  readonly series: readonly ChartSeries[];
  /** the cells the chart covers (1-based, inclusive) */
  readonly anchor: {
    readonly top: number;
    readonly left: number;
    readonly bottom: number;
    readonly right: number;
  };
  /** value axis: fixed maximum (100 for percentages) and the number format of its labels */
  readonly valueMax?: number;
  /** format of the data labels, and of the axis unless `axisFormat` says otherwise */
  readonly valueFormat: string;
  readonly axisFormat?: string;
}

/**
 * The number format of a chart's data labels: a stacked segment of 0 would print a "0" each,
 * so there the format leaves zeros blank.
 */
export function chartLabelFormat(spec: ChartSpec): string {
  return spec.kind === "stackedBar"
    ? `${spec.valueFormat};-${spec.valueFormat};;`
    : spec.valueFormat;
}

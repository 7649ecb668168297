/**
 * `Worksheet.charts` (ExcelApi 1.1; series ranges 1.7, number formats 1.8) as data: each chart
 * records its type, the range it was made from, title, position, series (values and
 * categories as sheet addresses, colour), value axis, data labels and legend, so tests assert
 * what the add-in asked for. Refused as Excel does (learn.microsoft.com, Excel.ChartCollection,
 * Excel.Chart, Excel.ChartSeries, Excel.ChartFill): a `seriesBy` or legend position outside
 * its enum, a range outside the grid, `getItemAt` past the last series. Chart types beyond the
 * bar and column ones are not simulated.
 */
import { type Rect, formatAddress, rectCols, rectRows } from "./address";
import { invalidArgument, itemNotFound, notImplemented } from "./errors";
import { localOf } from "./layout";
import { FakeClientObject, type FakeSession } from "./proxy";
import type { RangeProxy } from "./range";
import type { SheetState } from "./state";

export interface ChartSeriesState {
  name: string;
  /** "Relazione!D30:D33"; null until set on a series added by `series.add` */
  values: string | null;
  xValues: string | null;
  /** `format.fill.setSolidColor`, "#RRGGBB" */
  color: string | null;
}

export interface ChartState {
  name: string;
  type: string;
  seriesBy: string;
  /** the `sourceData` of `charts.add`, with its sheet */
  source: string;
  title: { text: string | null };
  /** `setPosition(start, end)`: local addresses */
  position: { start: string; end: string | null } | null;
  series: ChartSeriesState[];
  valueAxis: { minimum: number | null; maximum: number | null; numberFormat: string };
  dataLabels: { showValue: boolean; numberFormat: string };
  legend: { visible: boolean; position: string };
}

const SIMULATED_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
];
const SERIES_BY = ["Auto", "Columns", "Rows"];
const LEGEND_POSITIONS = ["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"];
const HEX = /^#[0-9A-Fa-f]{6}$/;

type Check = (v: unknown) => boolean;
const isString: Check = (v) => typeof v === "string";
const isBoolean: Check = (v) => typeof v === "boolean";
const isNumber: Check = (v) => typeof v === "number" && Number.isFinite(v);

/** A part of a chart (title, axis, labels, legend, series) with checked scalar properties. */
class ChartPartProxy<T extends object> extends FakeClientObject<T> {
  protected readonly scalarProps: readonly string[];

  constructor(
    context: FakeSession,
    resolver: () => T | null,
    protected readonly entity: string,
    props: Readonly<Record<string, Check>>,
  ) {
    super(context, resolver);
    this.scalarProps = Object.keys(props);
    for (const [name, valid] of Object.entries(props)) {
      Object.defineProperty(this, name, {
        get: () => this.read(name),
        set: (v: unknown) =>
          this.write(name, v, (t) => {
            if (!valid(v)) throw invalidArgument(`${entity}.${name}`);
            (t as Record<string, unknown>)[name] = v;
          }),
      });
    }
  }

  protected readProp(t: T, name: string): unknown {
    return (t as Record<string, unknown>)[name];
  }

  queue(method: string, args: unknown, run: (target: T) => void): void {
    this.call(method, args, run);
  }
}

function rangeAddress(range: RangeProxy, where: string): string {
  if (!range || typeof range.resolve !== "function") throw invalidArgument(where);
  const { sheet, rect } = range.resolve();
  return formatAddress(sheet.name, rect);
}

function seriesProxy(context: FakeSession, find: () => ChartSeriesState | null) {
  const series = new ChartPartProxy(context, find, "ChartSeries", { name: isString });
  const fill = new ChartPartProxy(context, find, "ChartFill", {});
  Object.assign(fill, {
    setSolidColor: (color: string) =>
      fill.queue("setSolidColor", color, (s) => {
        if (!isString(color)) throw invalidArgument("ChartFill.setSolidColor");
        // Excel also takes named HTML colours; the fake knows only the #RRGGBB form
        if (!HEX.test(color)) throw notImplemented(`ChartFill.setSolidColor("${color}")`);
        s.color = color.toUpperCase();
      }),
  });
  return Object.assign(series, {
    format: { fill },
    setValues: (range: RangeProxy) =>
      series.queue("setValues", "{range}", (s) => {
        s.values = rangeAddress(range, "ChartSeries.setValues");
      }),
    setXAxisValues: (range: RangeProxy) =>
      series.queue("setXAxisValues", "{range}", (s) => {
        s.xValues = rangeAddress(range, "ChartSeries.setXAxisValues");
      }),
  });
}

function chartProxy(context: FakeSession, find: () => ChartState | null) {
  const chart = new ChartPartProxy(context, find, "Chart", { name: isString });
  const sub = <K extends "title" | "valueAxis" | "dataLabels" | "legend">(
    key: K,
    entity: string,
    props: Record<string, Check>,
  ) => new ChartPartProxy(context, () => find()?.[key] ?? null, entity, props);
  const title = sub("title", "ChartTitle", { text: isString });
  const valueAxis = sub("valueAxis", "ChartAxis", {
    minimum: isNumber,
    maximum: isNumber,
    numberFormat: isString,
  });
  const dataLabels = sub("dataLabels", "ChartDataLabels", {
    showValue: isBoolean,
    numberFormat: isString,
  });
  const legend = sub("legend", "ChartLegend", {
    visible: isBoolean,
    position: (v) => isString(v) && LEGEND_POSITIONS.includes(v as string),
  });
  const seriesList = new ChartPartProxy(context, find, "ChartSeriesCollection", {});
  return Object.assign(chart, {
    title,
    dataLabels,
    legend,
    axes: {
      valueAxis,
      get categoryAxis(): never {
        throw notImplemented("ChartAxes.categoryAxis");
      },
    },
    series: Object.assign(seriesList, {
      getItemAt: (index: number) =>
        seriesProxy(context, () => {
          const c = find();
          if (!c) return null;
          const s = c.series[index];
          if (!s) throw itemNotFound("ChartSeriesCollection.getItemAt", `series ${index}`);
          return s;
        }),
      add: (name?: string, index?: number) => {
        let created: ChartSeriesState | null = null;
        seriesList.queue("add", { name: name ?? null, index: index ?? null }, (c) => {
          created = {
            name: name ?? `Series${c.series.length + 1}`,
            values: null,
            xValues: null,
            color: null,
          };
          if (index === undefined) c.series.push(created);
          else if (Number.isInteger(index) && index >= 0 && index <= c.series.length)
            c.series.splice(index, 0, created);
          else throw invalidArgument("ChartSeriesCollection.add", "index");
        });
        return seriesProxy(context, () => created);
      },
    }),
    setPosition: (start: RangeProxy | string, end?: RangeProxy | string) =>
      chart.queue(
        "setPosition",
        { start: "{cell}", end: end === undefined ? null : "{cell}" },
        () => {
          const sheet = sheetOf(context, find);
          chart.resolve();
          const state = find() as ChartState;
          state.position = {
            start: localOf(start, sheet, "Chart.setPosition"),
            end: end === undefined ? null : localOf(end, sheet, "Chart.setPosition"),
          };
        },
      ),
  });
}

/** the sheet holding a chart (charts are kept on their sheet's state) */
const owners = new WeakMap<ChartState, SheetState>();
function sheetOf(_context: FakeSession, find: () => ChartState | null): SheetState {
  const chart = find();
  const sheet = chart && owners.get(chart);
  if (!sheet) throw itemNotFound("Chart", "the chart was deleted");
  return sheet;
}

/** One series per column (or row) of the source, its values that column's cells. */
function seriesOfSource(sheet: SheetState, rect: Rect, byRows: boolean): ChartSeriesState[] {
  const count = byRows ? rectRows(rect) : rectCols(rect);
  return Array.from({ length: count }, (_, i) => {
    const part: Rect = byRows
      ? { ...rect, r0: rect.r0 + i, r1: rect.r0 + i }
      : { ...rect, c0: rect.c0 + i, c1: rect.c0 + i };
    return {
      name: `Series${i + 1}`,
      values: formatAddress(sheet.name, part),
      xValues: null,
      color: null,
    };
  });
}

export class ChartCollectionProxy extends FakeClientObject<SheetState> {
  protected readonly entity = "ChartCollection";
  protected readonly scalarProps = ["count"];

  protected readProp(s: SheetState, name: string): unknown {
    if (name === "count") return s.charts.length;
    throw notImplemented(`ChartCollection.${name}`);
  }

  /**
   * "Auto" reads the shape of the data on the desktop and means "Columns" on the web
   * (Excel.ChartSeriesBy); the fake follows the web.
   */
  add(type: string, sourceData: RangeProxy, seriesBy: string = "Auto") {
    let created: ChartState | null = null;
    this.call("add", { type, sourceData: "{range}", seriesBy }, (sheet) => {
      if (!SIMULATED_TYPES.includes(type)) throw notImplemented(`chart type "${type}"`);
      if (!SERIES_BY.includes(seriesBy)) throw invalidArgument("ChartCollection.add", "seriesBy");
      if (!sourceData || typeof sourceData.resolve !== "function")
        throw invalidArgument("ChartCollection.add", "sourceData");
      const source = sourceData.resolve();
      created = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        seriesBy,
        source: formatAddress(source.sheet.name, source.rect),
        title: { text: null },
        position: null,
        series: seriesOfSource(source.sheet, source.rect, seriesBy === "Rows"),
        valueAxis: { minimum: null, maximum: null, numberFormat: "General" },
        dataLabels: { showValue: false, numberFormat: "General" },
        legend: { visible: true, position: "Right" },
      };
      owners.set(created, sheet);
      sheet.charts.push(created);
    });
    return chartProxy(this.context, () => created);
  }
}

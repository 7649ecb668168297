/** Enum objects of the Excel namespace, with the string values @types/office-js declares. */

export const BorderIndex = {
  edgeTop: "EdgeTop",
  edgeBottom: "EdgeBottom",
  edgeLeft: "EdgeLeft",
  edgeRight: "EdgeRight",
  insideVertical: "InsideVertical",
  insideHorizontal: "InsideHorizontal",
  diagonalDown: "DiagonalDown",
  diagonalUp: "DiagonalUp",
} as const;

export const BorderLineStyle = {
  none: "None",
  continuous: "Continuous",
  dash: "Dash",
  dashDot: "DashDot",
  dashDotDot: "DashDotDot",
  dot: "Dot",
  double: "Double",
  slantDashDot: "SlantDashDot",
} as const;

export const BorderWeight = {
  hairline: "Hairline",
  thin: "Thin",
  medium: "Medium",
  thick: "Thick",
} as const;

export const HorizontalAlignment = {
  general: "General",
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerAcrossSelection: "CenterAcrossSelection",
  distributed: "Distributed",
} as const;

export const VerticalAlignment = {
  top: "Top",
  center: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
} as const;

export const SheetVisibility = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
} as const;

export const PageOrientation = {
  portrait: "Portrait",
  landscape: "Landscape",
} as const;

export const PaperType = {
  letter: "Letter",
  letterSmall: "LetterSmall",
  tabloid: "Tabloid",
  ledger: "Ledger",
  legal: "Legal",
  statement: "Statement",
  executive: "Executive",
  a3: "A3",
  a4: "A4",
  a4Small: "A4Small",
  a5: "A5",
  b4: "B4",
  b5: "B5",
  folio: "Folio",
  quatro: "Quatro",
  paper10x14: "Paper10x14",
  paper11x17: "Paper11x17",
  note: "Note",
  envelope9: "Envelope9",
  envelope10: "Envelope10",
  envelope11: "Envelope11",
  envelope12: "Envelope12",
  envelope14: "Envelope14",
  csheet: "Csheet",
  dsheet: "Dsheet",
  esheet: "Esheet",
  envelopeDL: "EnvelopeDL",
  envelopeC5: "EnvelopeC5",
  envelopeC3: "EnvelopeC3",
  envelopeC4: "EnvelopeC4",
  envelopeC6: "EnvelopeC6",
  envelopeC65: "EnvelopeC65",
  envelopeB4: "EnvelopeB4",
  envelopeB5: "EnvelopeB5",
  envelopeB6: "EnvelopeB6",
  envelopeItaly: "EnvelopeItaly",
  envelopeMonarch: "EnvelopeMonarch",
  envelopePersonal: "EnvelopePersonal",
  fanfoldUS: "FanfoldUS",
  fanfoldStdGerman: "FanfoldStdGerman",
  fanfoldLegalGerman: "FanfoldLegalGerman",
} as const;

export const DataValidationType = {
  none: "None",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
  inconsistent: "Inconsistent",
  mixedCriteria: "MixedCriteria",
} as const;

export const DataValidationOperator = {
  between: "Between",
  notBetween: "NotBetween",
  equalTo: "EqualTo",
  notEqualTo: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqualTo: "GreaterThanOrEqualTo",
  lessThanOrEqualTo: "LessThanOrEqualTo",
} as const;

export const DataValidationAlertStyle = {
  stop: "Stop",
  warning: "Warning",
  information: "Information",
} as const;

export const ConditionalFormatType = {
  custom: "Custom",
  dataBar: "DataBar",
  colorScale: "ColorScale",
  iconSet: "IconSet",
  topBottom: "TopBottom",
  presetCriteria: "PresetCriteria",
  containsText: "ContainsText",
  cellValue: "CellValue",
} as const;

export const ClearApplyTo = {
  all: "All",
  formats: "Formats",
  contents: "Contents",
  hyperlinks: "Hyperlinks",
  removeHyperlinks: "RemoveHyperlinks",
  resetContents: "ResetContents",
} as const;

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  dirtySupportingFormula: "DirtySupportingFormula",
  emptyChartSeries: "EmptyChartSeries",
  filteredRangeConflict: "FilteredRangeConflict",
  formulaLengthExceedsLimit: "FormulaLengthExceedsLimit",
  generalException: "GeneralException",
  inactiveWorkbook: "InactiveWorkbook",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidBinding: "InvalidBinding",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  nonBlankCellOffSheet: "NonBlankCellOffSheet",
  notImplemented: "NotImplemented",
  openWorkbookLinksBlocked: "OpenWorkbookLinksBlocked",
  operationCellsExceedLimit: "OperationCellsExceedLimit",
  pivotTableRangeConflict: "PivotTableRangeConflict",
  powerQueryRefreshResourceChallenge: "PowerQueryRefreshResourceChallenge",
  rangeExceedsLimit: "RangeExceedsLimit",
  rangeImageExceedsLimit: "RangeImageExceedsLimit",
  refreshWorkbookLinksBlocked: "RefreshWorkbookLinksBlocked",
  requestAborted: "RequestAborted",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  unsupportedFeature: "UnsupportedFeature",
  unsupportedFillType: "UnsupportedFillType",
  unsupportedOperation: "UnsupportedOperation",
  unsupportedSheet: "UnsupportedSheet",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
} as const;

export const RangeValueType = {
  unknown: "Unknown",
  empty: "Empty",
  string: "String",
  integer: "Integer",
  double: "Double",
  boolean: "Boolean",
  error: "Error",
  richValue: "RichValue",
} as const;

export const PrintMarginUnit = {
  points: "Points",
  inches: "Inches",
  centimeters: "Centimeters",
} as const;

export const WorksheetPositionType = {
  none: "None",
  before: "Before",
  after: "After",
  beginning: "Beginning",
  end: "End",
} as const;

export const RangeCopyType = {
  all: "All",
  formulas: "Formulas",
  values: "Values",
  formats: "Formats",
  link: "Link",
} as const;

/** where a change event comes from (ExcelApi 1.7) */
export const EventSource = { local: "Local", remote: "Remote" } as const;

export const EventType = { tableChanged: "TableChanged" } as const;

export const DataChangeType = { rangeEdited: "RangeEdited" } as const;

export const EXCEL_ENUMS = {
  EventSource,
  EventType,
  DataChangeType,
  BorderIndex,
  BorderLineStyle,
  BorderWeight,
  HorizontalAlignment,
  VerticalAlignment,
  SheetVisibility,
  PageOrientation,
  PaperType,
  DataValidationType,
  DataValidationOperator,
  DataValidationAlertStyle,
  ConditionalFormatType,
  ClearApplyTo,
  ErrorCodes,
  RangeValueType,
  PrintMarginUnit,
  WorksheetPositionType,
  RangeCopyType,
};

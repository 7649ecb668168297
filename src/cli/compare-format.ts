/** `confronta` for people: the differences in Italian, grouped by objective. */
import type { Change, ElementKind, FieldValue, RecordValue } from "../core/cycle/compare";
import { FASI, INDICATORI, OBIETTIVI, SOGGETTI } from "../core/schema/tables";
import type { TableDef } from "../core/schema/types";
import { formatDateIt } from "../core/text/dates";
import { formatNumberIt } from "../core/text/numbers";
import { plural } from "./format";
import { groupBy } from "../core/model/by-objective";

const DEFS: Readonly<Record<ElementKind, TableDef>> = {
  obiettivo: OBIETTIVI,
  fase: FASI,
  indicatore: INDICATORI,
  soggetto: SOGGETTI,
};

/** The past participle agrees with the element: "fase aggiunta", "indicatore aggiunto". */
function verb(c: Change): string {
  const feminine = c.element === "fase";
  return feminine ? `${c.kind.slice(0, -1)}a` : c.kind;
}

const MAX_TEXT = 70;

function shown(value: FieldValue, type: string | undefined): string {
  if (value === null || value === "") return "(vuoto)";
  if (typeof value === "boolean") return value ? "si" : "no";
  if (typeof value === "number") return formatNumberIt(value);
  if (type === "date") return formatDateIt(value);
  const text = value.replace(/\s+/g, " ");
  return `«${text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text}»`;
}

function subject(c: Change): string {
  if (c.element === "obiettivo") return "obiettivo";
  if (c.element === "soggetto") return `soggetto «${c.name ?? ""}»`;
  return `${c.element} ${c.number ?? ""}`;
}

function line(c: Change): string {
  if (c.kind === "modificato") {
    const type = DEFS[c.element].columns.find((col) => col.header === c.field)?.type;
    const before = shown(c.before as FieldValue, type);
    const after = shown(c.after as FieldValue, type);
    return `${subject(c)} ${verb(c)}: ${c.field}: ${before} → ${after}`;
  }
  const record = (c.kind === "aggiunto" ? c.after : c.before) as RecordValue | null;
  const what =
    c.element === "soggetto" || typeof record?.descrizione !== "string"
      ? ""
      : `: ${shown(record.descrizione, "text")}`;
  return `${subject(c)} ${verb(c)}${what}`;
}

export function formatChanges(
  before: string,
  after: string,
  changes: readonly Change[],
  withSubjects: boolean,
): string {
  const compared = withSubjects
    ? "obiettivi, fasi, indicatori e soggetti"
    : "obiettivi, fasi e indicatori (i soggetti non sono confrontati)";
  const lines = [`Confronto tra ${before} (prima) e ${after} (dopo)`];
  const groups = groupBy(changes, (c) => c.objective);
  for (const [objective, list] of groups) {
    lines.push("", `Obiettivo ${objective}`, ...list.map((c) => `  ${line(c)}`));
  }
  lines.push(
    "",
    changes.length === 0
      ? `Nessuna differenza: ${compared} coincidono.`
      : `${plural(changes.length, "differenza", "differenze")} in ` +
          `${plural(groups.size, "obiettivo", "obiettivi")}.`,
  );
  return `${lines.join("\n")}\n`;
}

import {
  Body1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ImportResult } from "../../../core/import/types";
import { importReportOf, type UpsertPlan } from "../../../core/import/upsert";
import { fmt, fmtCount, shortText } from "../../components/format";
import { languageOf, useMessages } from "../../i18n";
import { conflictsOf, previewRows } from "./source";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  number: { width: "3.5em", textAlign: "end" },
  code: { width: "7em", overflowWrap: "anywhere" },
  text: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** at most this many lines per list: the rest is counted */
const SHOWN = 20;

export interface ImportPreviewProps {
  readonly result: ImportResult;
  /** the merge into the workbook as it is now; null while it is being read */
  readonly plan: UpsertPlan | null;
}

/** The first objectives as they will be imported, what changes in the workbook, the problems. */
export function ImportPreview({ result, plan }: ImportPreviewProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.importa;
  const rows = previewRows(result);
  const rest = result.model.obiettivi.length - rows.length;
  const conflicts = conflictsOf(result, plan);
  const rejected = result.rejected;
  const counts = plan ? importReportOf(plan, false) : null;
  const rowsText = (list: readonly number[]) =>
    list.length === 0 ? "" : ` (${fmtCount(text.rows, list.length, { rows: list.join(", ") })})`;
  return (
    <div className={styles.root}>
      <Subtitle2 as="h3">{text.previewTitle}</Subtitle2>
      {rows.length === 0 ? (
        <Body1>{text.noObjectives}</Body1>
      ) : (
        <Table size="extra-small" aria-label={text.previewCaption}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.code}>{text.code}</TableHeaderCell>
              <TableHeaderCell>{text.description}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{text.phases}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{text.indicators}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.codice}>
                <TableCell className={styles.code}>{r.codice}</TableCell>
                <TableCell>{shortText(r.descrizione, 60)}</TableCell>
                <TableCell className={styles.number}>{r.fasi}</TableCell>
                <TableCell className={styles.number}>{r.indicatori}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {rest > 0 && <Body1>{fmtCount(text.morePreview, rest)}</Body1>}
      {counts && (
        <section aria-label={text.countsTitle}>
          <Body1 as="p" className={styles.text}>
            {fmt(text.add, counts.added)}
          </Body1>
          {counts.updated > 0 && (
            <Body1 as="p" className={styles.text}>
              {fmtCount(text.update, counts.updated)}
            </Body1>
          )}
        </section>
      )}
      <ProblemList
        id="importa-conflicts"
        title={fmtCount(text.conflictsTitle, conflicts.length)}
        lines={conflicts.map(
          (c) =>
            fmt(c.workbook ? text.conflictWorkbook : text.conflictSource, {
              key: c.key,
              field: c.field,
              first: c.first,
              second: c.second,
            }) + rowsText(c.rows),
        )}
      />
      <ProblemList
        id="importa-rejected"
        title={fmtCount(text.rejectedTitle, rejected.length)}
        lines={rejected.map((r) =>
          fmt(text.rejectedLine, { row: r.row, reason: r.reason[languageOf(messages.locale)] }),
        )}
      />
    </div>
  );
}

/** A titled list of problems, the first SHOWN of them and how many more. */
function ProblemList({ id, title, lines }: { id: string; title: string; lines: string[] }) {
  const styles = useStyles();
  const text = useMessages().importa;
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <Subtitle2 as="h3" id={id}>
        {title}
      </Subtitle2>
      <ul className={styles.list}>
        {lines.slice(0, SHOWN).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {lines.length > SHOWN && <Body1>{fmtCount(text.more, lines.length - SHOWN)}</Body1>}
    </section>
  );
}

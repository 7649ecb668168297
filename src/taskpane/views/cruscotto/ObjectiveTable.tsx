import {
  Body1,
  Caption1,
  Link,
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
import { StatusBadge } from "../../components/StatusBadge";
import { fmt, fmtCount, formatPercent, shortText } from "../../components/format";
import type { ObjectiveRow } from "../../components/objectives";
import { useMessages } from "../../i18n";

const useStyles = makeStyles({
  number: { width: "4.5em", textAlign: "end" },
  status: { width: "6.5em" },
  cell: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  descr: { display: "block", color: tokens.colorNeutralForeground2 },
});

export interface ObjectiveTableProps {
  readonly rows: readonly ObjectiveRow[];
  /** objectives before filtering, for "12 di 31" */
  readonly total: number;
  readonly onOpen: (codice: string) => void;
}

/** The objectives with their progress, achievement and status; a code opens the objective. */
export function ObjectiveTable({ rows, total, onOpen }: ObjectiveTableProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.cruscotto;
  const pct = (v: number | null | undefined) => formatPercent(v, messages.locale);
  return (
    <section aria-labelledby="objectives-title">
      <Subtitle2 as="h2" id="objectives-title">
        {text.objectives}
      </Subtitle2>
      <Body1 block aria-live="polite">
        {fmtCount(messages.filters.count, total, { shown: rows.length, total })}
      </Body1>
      {rows.length === 0 ? (
        <Body1 block>{total === 0 ? text.noObjectives : text.empty}</Body1>
      ) : (
        <Table size="extra-small" aria-labelledby="objectives-title">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{text.colObjective}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>
                <abbr title={text.colPhasesFull}>{text.colPhases}</abbr>
              </TableHeaderCell>
              <TableHeaderCell className={styles.number}>
                <abbr title={text.colOverallFull}>{text.colOverall}</abbr>
              </TableHeaderCell>
              <TableHeaderCell className={styles.status}>{text.colStatus}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.codice}>
                <TableCell className={styles.cell}>
                  <Link
                    as="button"
                    onClick={() => onOpen(r.codice)}
                    aria-label={fmt(text.openLabel, { codice: r.codice })}
                  >
                    {r.codice}
                  </Link>
                  <Caption1 className={styles.descr}>{shortText(r.descrizione, 70)}</Caption1>
                </TableCell>
                <TableCell className={styles.number}>{pct(r.result?.phaseProgress)}</TableCell>
                <TableCell className={styles.number}>{pct(r.result?.overall)}</TableCell>
                <TableCell className={styles.status}>
                  <StatusBadge esito={r.esito} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

import { Body1, Caption1, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { StatusBadge } from "../../components/StatusBadge";
import { fmt, fmtCount, formatPercent } from "../../components/format";
import type { ObjectiveRow } from "../../components/objectives";
import { useMessages } from "../../i18n";

// one compact card per objective (code and status, the two figures in words, two lines of
// description): in a 380 px pane a four-column table squeezed the description into a narrow
// column and made every row many lines tall
const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  code: { fontWeight: tokens.fontWeightSemibold },
  figures: { fontVariantNumeric: "tabular-nums" },
  descr: {
    color: tokens.colorNeutralForeground2,
    display: "-webkit-box",
    WebkitBoxOrient: "vertical",
    WebkitLineClamp: 2,
    overflow: "hidden",
  },
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
        <ul className={styles.list} aria-labelledby="objectives-title">
          {rows.map((r) => (
            <li key={r.codice} className={styles.item}>
              <div className={styles.head}>
                <Link
                  as="button"
                  className={styles.code}
                  onClick={() => onOpen(r.codice)}
                  aria-label={fmt(text.openLabel, { codice: r.codice })}
                >
                  {r.codice}
                </Link>
                <StatusBadge esito={r.esito} />
              </div>
              <Body1 className={styles.figures}>
                {fmt(text.figures, {
                  phases: pct(r.result?.phaseProgress),
                  overall: pct(r.result?.overall),
                })}
              </Body1>
              <Caption1 className={styles.descr} title={r.descrizione}>
                {r.descrizione}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

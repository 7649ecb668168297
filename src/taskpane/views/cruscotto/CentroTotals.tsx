import { Body1, Text, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Aggregate } from "../../../core/compute/types";
import { fmtCount, formatPercent } from "../../components/format";
import { ESITI } from "../../components/objectives";
import { useMessages } from "../../i18n";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalS },
});

/** One line per centro di responsabilità: how many objectives, overall achievement, statuses. */
export function CentroTotals({ aggregates }: { aggregates: readonly Aggregate[] }) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.cruscotto;
  if (aggregates.length === 0) return null;
  return (
    <section aria-labelledby="totals-title">
      <Subtitle2 as="h2" id="totals-title">
        {text.totals}
      </Subtitle2>
      <ul className={styles.list}>
        {aggregates.map((a) => {
          const statuses = ESITI.filter((e) => a.byStatus[e] > 0)
            .map((e) => `${messages.esito[e]}: ${a.byStatus[e]}`)
            .join(" · ");
          return (
            <li key={a.key} className={styles.item}>
              <Text weight="semibold" block>
                {a.key}
              </Text>
              <Body1 block>
                {fmtCount(text.totalLine, a.objectives, {
                  overall: formatPercent(a.overall, messages.locale),
                })}
              </Body1>
              {statuses && <Body1 block>{statuses}</Body1>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

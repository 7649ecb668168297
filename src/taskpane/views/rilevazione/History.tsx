import { useMemo, useState } from "react";
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Rilevazione } from "../../../core/model/types";
import { formatDateIt } from "../../../core/text/dates";
import { fmt, monthLabel } from "../../components/format";
import { useMessages } from "../../i18n";
import { historyLine } from "./history-text";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS },
});

/** how many entries are shown before "Mostra tutte" */
const FIRST = 15;

/** the log rows of one objective, newest first */
export function historyOf(rows: readonly Rilevazione[], codice: string): Rilevazione[] {
  return rows
    .filter((r) => r.obiettivo === codice)
    .sort((a, b) => b.timestamp.localeCompare(a.timestamp) || b.periodo.localeCompare(a.periodo));
}

function when(timestamp: string): string {
  const [date, time = ""] = timestamp.split("T");
  return `${formatDateIt(date)} ${time.slice(0, 5)}`.trim();
}

/** The Rilevazioni of the objective, so the user sees what was entered before. */
export function History({ rows, codice }: { rows: readonly Rilevazione[]; codice: string }) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.rilevazione;
  const [all, setAll] = useState(false);
  const history = useMemo(() => historyOf(rows, codice), [rows, codice]);
  const shown = all ? history : history.slice(0, FIRST);
  return (
    <section aria-labelledby="history-title">
      <Subtitle2 as="h2" id="history-title">
        {text.historyTitle}
      </Subtitle2>
      {history.length === 0 ? (
        <Body1 block>{text.historyEmpty}</Body1>
      ) : (
        <ul className={styles.list}>
          {shown.map((r, i) => (
            <li key={`${r.timestamp}-${i}`} className={styles.item}>
              <Body1 block>{historyLine(r, messages)}</Body1>
              <Caption1 block>
                {fmt(text.historyMeta, {
                  periodo: monthLabel(r.periodo, messages.locale),
                  when: when(r.timestamp),
                  utente: r.utente,
                })}
                {r.nota && ` · ${r.nota}`}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {!all && history.length > FIRST && (
        <Button size="small" onClick={() => setAll(true)}>
          {fmt(text.historyAll, { count: history.length })}
        </Button>
      )}
    </section>
  );
}

import { useState } from "react";
import {
  Badge,
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Month } from "../../../core/model/types";
import { closeMonth, reopenMonth } from "../../../core/rilevazione/periods";
import type { LoadedWorkbook, WorkbookPort } from "../../../core/ports";
import { ErrorBar } from "../../components/ErrorBar";
import { UserNameDialog } from "../../components/UserNameDialog";
import { fmt, monthLabel, monthsOf } from "../../components/format";
import { useMessages } from "../../i18n";
import type { WorkbookState } from "../../state/use-workbook";
import { ReopenDialog } from "./ReopenDialog";
import { useWithUser } from "../../state/use-with-user";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    display: "grid",
    gridTemplateColumns: "1fr auto auto",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
  },
});

export interface MonthsPanelProps {
  readonly port: WorkbookPort;
  readonly loaded: LoadedWorkbook;
  readonly workbook: WorkbookState;
}

type Outcome = { kind: "done"; text: string } | { kind: "refused"; reason: string } | null;

/** Months of the plan year: close one to freeze its entries, reopen with a reason. */
export function MonthsPanel({ port, loaded, workbook }: MonthsPanelProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.impostazioni;
  const imp = loaded.model.impostazioni;
  const user = useWithUser();
  const [reopening, setReopening] = useState<Month | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const label = (m: Month) => monthLabel(m, messages.locale);

  // the rule runs on a fresh reading: a colleague may have closed or reopened meanwhile
  const change = async (month: Month, utente: string, motivazione: string | null) => {
    setBusy(true);
    setOutcome(null);
    setFailure(null);
    try {
      const fresh = (await port.load()).model;
      const now = new Date();
      const result =
        motivazione === null
          ? closeMonth(fresh, month, utente, now)
          : reopenMonth(fresh, month, motivazione, utente, now);
      if (result.kind === "refused") {
        setOutcome({ kind: "refused", reason: result.reason });
        return;
      }
      await port.saveSetting(
        "periodiChiusi",
        result.periodiChiusi.join(";"),
        utente,
        result.logRow.nota,
      );
      const done = motivazione === null ? text.closedDone : text.reopenedDone;
      setOutcome({ kind: "done", text: fmt(done, { month: label(month) }) });
      await workbook.reload();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="months-title">
      <Subtitle2 as="h2" id="months-title">
        {text.monthsTitle}
      </Subtitle2>
      <Body1 block>{text.monthsIntro}</Body1>
      <ul className={styles.list}>
        {monthsOf(imp.anno).map((m) => {
          const closed = imp.periodiChiusi.includes(m);
          return (
            <li key={m} className={styles.item}>
              <Body1>{label(m)}</Body1>
              <Badge appearance="tint" color={closed ? "danger" : "success"}>
                {closed ? text.closed : text.open}
              </Badge>
              <Button
                size="small"
                disabled={busy}
                aria-label={fmt(closed ? text.reopenMonth : text.closeMonth, { month: label(m) })}
                onClick={() =>
                  closed ? setReopening(m) : user.run((name) => void change(m, name, null))
                }
              >
                {closed ? text.reopen : text.close}
              </Button>
            </li>
          );
        })}
      </ul>
      {outcome?.kind === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "refused" && (
        <MessageBar intent="error">
          <MessageBarBody>{outcome.reason}</MessageBarBody>
        </MessageBar>
      )}
      {failure != null && <ErrorBar error={failure} title={text.monthFailed} />}
      {reopening && (
        <ReopenDialog
          month={label(reopening)}
          onCancel={() => setReopening(null)}
          onConfirm={(reason) => {
            const month = reopening;
            setReopening(null);
            user.run((name) => void change(month, name, reason));
          }}
        />
      )}
      <UserNameDialog {...user.dialog} />
    </section>
  );
}

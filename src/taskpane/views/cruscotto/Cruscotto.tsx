import { useMemo, useState } from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Toolbar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { computeAll } from "../../../core/compute";
import type { LoadedWorkbook, WorkbookPort } from "../../../core/ports";
import { ErrorBar } from "../../components/ErrorBar";
import { FiltersBar } from "../../components/FiltersBar";
import { fmt, fmtCount, monthLabel } from "../../components/format";
import { filterRows, objectiveRows } from "../../components/objectives";
import { useMessages } from "../../i18n";
import { useAnalysis } from "../../state/analysis";
import { usePaneState } from "../../state/pane-store";
import type { WorkbookState } from "../../state/use-workbook";
import { AttentionPanel } from "./AttentionPanel";
import { attentionOf } from "../../../core/compute/attention";
import { CentroTotals } from "./CentroTotals";
import { ObjectiveTable } from "./ObjectiveTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  toolbar: { flexWrap: "wrap", paddingLeft: 0 },
});

export interface CruscottoProps {
  readonly port: WorkbookPort;
  readonly loaded: LoadedWorkbook;
  readonly workbook: WorkbookState;
}

type Outcome = { kind: "written"; count: number } | { kind: "error"; error: unknown } | null;

export function Cruscotto({ port, loaded, workbook }: CruscottoProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.cruscotto;
  const { result, problems } = useAnalysis(loaded);
  const [pane, setPane] = usePaneState();
  const [writing, setWriting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const rows = useMemo(() => objectiveRows(loaded.model, result), [loaded, result]);
  const shown = useMemo(() => filterRows(rows, pane.filters), [rows, pane.filters]);
  const attention = useMemo(() => attentionOf(loaded.model, result), [loaded, result]);
  const errors = problems.filter((p) => p.severity === "error").length;
  const month = monthLabel(loaded.model.impostazioni.periodoRiferimento, messages.locale);

  const open = (codice: string) =>
    setPane({ selectedObjective: codice, requestedView: "rilevazione" });

  // the percentages are computed on a fresh reading: a colleague may have changed the data
  async function writeComputed() {
    setWriting(true);
    setOutcome(null);
    try {
      const fresh = await port.load();
      const computed = computeAll(fresh.model);
      await port.writeComputed(computed);
      setOutcome({ kind: "written", count: computed.objectives.length });
      await workbook.reload();
    } catch (error) {
      setOutcome({ kind: "error", error });
    } finally {
      setWriting(false);
    }
  }

  return (
    <div className={styles.root}>
      <Toolbar className={styles.toolbar} aria-label={text.toolbar} size="small">
        <Button onClick={() => void workbook.reload()} disabled={workbook.loading}>
          {messages.common.refresh}
        </Button>
        <Button onClick={() => void writeComputed()} disabled={writing}>
          {text.writeComputed}
        </Button>
      </Toolbar>
      {(workbook.loading || writing) && (
        <Spinner size="tiny" label={writing ? text.writing : messages.common.reading} />
      )}
      {outcome?.kind === "written" && (
        <MessageBar intent="success">
          <MessageBarBody>{fmtCount(text.written, outcome.count)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "error" && <ErrorBar error={outcome.error} title={text.writeFailed} />}
      <Body1>{fmt(text.reference, { month })}</Body1>
      {errors > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{fmtCount(text.dataErrors, errors)}</MessageBarBody>
        </MessageBar>
      )}
      {pane.selectedObjective && pane.requestedView === "rilevazione" && (
        <MessageBar intent="info">
          <MessageBarBody>{fmt(text.opened, { codice: pane.selectedObjective })}</MessageBarBody>
        </MessageBar>
      )}
      <AttentionPanel attention={attention} month={month} onOpen={open} />
      <FiltersBar
        rows={rows}
        filters={pane.filters}
        onChange={(filters) => setPane({ filters })}
        withSearch
      />
      <ObjectiveTable rows={shown} total={rows.length} onOpen={open} />
      <CentroTotals aggregates={result.byCentro} />
    </div>
  );
}

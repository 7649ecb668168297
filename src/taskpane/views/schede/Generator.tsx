import { useMemo, useState } from "react";
import {
  Body1,
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { computeAll } from "../../../core/compute";
import type { LoadedWorkbook, WorkbookPort } from "../../../core/ports";
import { ErrorBar } from "../../components/ErrorBar";
import { FiltersBar } from "../../components/FiltersBar";
import { fmt, fmtCount } from "../../components/format";
import { filterRows, objectiveRows } from "../../components/objectives";
import { useMessages } from "../../i18n";
import { usePaneState } from "../../state/pane-store";
import { RunProgress } from "../../components/RunProgress";
import { GeneratedList } from "./GeneratedList";
import { useGenerate } from "./use-generate";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Scope = "current" | "filtered" | "all";

export interface GeneratorProps {
  readonly port: WorkbookPort;
  readonly loaded: LoadedWorkbook;
}

export function Generator({ port, loaded }: GeneratorProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.schede;
  const [pane, setPane] = usePaneState();
  const current = loaded.model.obiettivi.find((o) => o.codice === pane.selectedObjective);
  const [scope, setScope] = useState<Scope>(current ? "current" : "all");
  const [index, setIndex] = useState(true);
  const { state, start, cancel } = useGenerate(port);

  const rows = useMemo(() => objectiveRows(loaded.model, computeAll(loaded.model)), [loaded]);
  const filtered = useMemo(() => filterRows(rows, pane.filters), [rows, pane.filters]);
  const descriptions = useMemo(() => new Map(rows.map((r) => [r.codice, r.descrizione])), [rows]);
  const codes: string[] | undefined =
    scope === "current"
      ? current
        ? [current.codice]
        : []
      : scope === "filtered"
        ? filtered.map((r) => r.codice)
        : undefined;
  const count = codes?.length ?? rows.length;
  const running = state.kind === "running";

  return (
    <div className={styles.root}>
      <RadioGroup
        aria-label={text.scope}
        value={scope}
        onChange={(_e, d) => setScope(d.value as Scope)}
        disabled={running}
      >
        <Radio
          value="current"
          disabled={!current}
          label={current ? fmt(text.current, { codice: current.codice }) : text.currentNone}
        />
        <Radio value="filtered" label={fmt(text.filtered, { count: filtered.length })} />
        <Radio value="all" label={fmt(text.all, { count: rows.length })} />
      </RadioGroup>
      {scope === "filtered" && (
        <FiltersBar
          rows={rows}
          filters={pane.filters}
          onChange={(filters) => setPane({ filters })}
        />
      )}
      <Checkbox
        checked={index}
        disabled={running}
        onChange={(_e, d) => setIndex(d.checked === true)}
        label={text.index}
      />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={running || count === 0}
          onClick={() => void start({ codes, index }, count)}
        >
          {scope === "all" ? fmt(text.generateAll, { count }) : fmtCount(text.generate, count)}
        </Button>
        {running && <Button onClick={cancel}>{text.cancel}</Button>}
      </div>
      {running && (
        <RunProgress
          label={text.progressLabel}
          done={state.done}
          total={state.total}
          waiting={fmtCount(text.progressWaiting, state.total)}
          progress={text.progress}
        />
      )}
      {state.kind === "cancelled" && (
        <MessageBar intent="warning">
          <MessageBarBody>{text.cancelled}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "error" && <ErrorBar error={state.error} title={text.failed} />}
      {state.kind === "done" && (
        <GeneratedList port={port} report={state.report} descriptions={descriptions} />
      )}
      {count === 0 && scope !== "all" && <Body1>{text.noneSelected}</Body1>}
    </div>
  );
}

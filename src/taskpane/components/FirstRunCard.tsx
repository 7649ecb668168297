import { useState } from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PrepareReport, WorkbookPort } from "../../core/ports";
import { useMessages } from "../i18n";
import { usePaneState } from "../state/pane-store";
import { ErrorBar } from "./ErrorBar";
import { fmt } from "./format";
import { listText, sheetOfTable } from "./sheet-names";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface FirstRunCardProps {
  readonly port: WorkbookPort;
  readonly missingTables: readonly string[];
  /** called when the workbook is ready: the view reads it again */
  readonly onReady: () => void;
}

type Busy = "prepare" | "sample" | null;

/** Shown instead of a view while the workbook lacks the Schede PEG tables. */
export function FirstRunCard({ port, missingTables, onReady }: FirstRunCardProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.firstRun;
  const [, setPane] = usePaneState();
  const [busy, setBusy] = useState<Busy>(null);
  const [report, setReport] = useState<PrepareReport | null>(null);
  const [error, setError] = useState<{ what: Busy; error: unknown } | null>(null);

  async function run(what: Exclude<Busy, null>) {
    setBusy(what);
    setError(null);
    try {
      if (what === "prepare") setReport(await port.prepare());
      else {
        await port.loadSample();
        onReady();
      }
    } catch (e) {
      setError({ what, error: e });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className={styles.card} aria-labelledby="first-run-title">
      <Subtitle2 as="h2" id="first-run-title">
        {text.title}
      </Subtitle2>
      <Body1>
        {fmt(text.intro, {
          tables: listText(missingTables.map(sheetOfTable), messages.locale),
        })}
      </Body1>
      {report ? (
        <PrepareSummary
          report={report}
          onContinue={onReady}
          onSample={() => run("sample")}
          busy={busy !== null}
        />
      ) : (
        <>
          <Body1>{text.prepareHint}</Body1>
          <Body1>{text.sampleHint}</Body1>
          <Body1>{text.importaHint}</Body1>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy !== null} onClick={() => run("prepare")}>
              {text.prepare}
            </Button>
            <Button disabled={busy !== null} onClick={() => run("sample")}>
              {text.sample}
            </Button>
            {/* the Importa section prepares the tables itself, when the user imports */}
            <Button disabled={busy !== null} onClick={() => setPane({ requestedView: "importa" })}>
              {text.importa}
            </Button>
          </div>
        </>
      )}
      {busy && (
        <Spinner size="tiny" label={busy === "prepare" ? text.preparing : text.loadingSample} />
      )}
      {error?.what === "sample" && <ErrorBar error={error.error} title={text.sampleRefusedTitle} />}
      {error?.what === "prepare" && <ErrorBar error={error.error} title={text.prepareFailed} />}
    </section>
  );
}

interface PrepareSummaryProps {
  readonly report: PrepareReport;
  readonly onContinue: () => void;
  /** the tables may still be empty: the sample stays one click away */
  readonly onSample: () => void;
  readonly busy: boolean;
}

function PrepareSummary({ report, onContinue, onSample, busy }: PrepareSummaryProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.firstRun;
  // a table created with its new sheet is said once, by the sheet
  const tablesInOldSheets = report.tablesCreated
    .map(sheetOfTable)
    .filter((sheet) => !report.sheetsCreated.includes(sheet));
  const lines = [
    [text.sheetsCreated, report.sheetsCreated],
    [text.tablesCreated, tablesInOldSheets],
    [text.columnsAdded, report.columnsAdded],
  ] as const;
  const notes = report.notes ?? [];
  const made = lines.filter(([, items]) => items.length > 0);
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {made.length === 0
            ? text.nothingCreated
            : made.map(([label, items]) => (
                <div key={label}>{fmt(label, { items: listText(items, messages.locale) })}</div>
              ))}
        </MessageBarBody>
      </MessageBar>
      {notes.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {notes.map((note) => (
              <div key={note}>{note}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={onContinue}>
          {text.continue}
        </Button>
        <Button disabled={busy} onClick={onSample}>
          {text.sample}
        </Button>
      </div>
    </>
  );
}

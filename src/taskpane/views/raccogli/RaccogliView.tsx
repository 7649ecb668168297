import { useCallback, useMemo, useState } from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FilePicker } from "../../components/FilePicker";
import type { ReturnedFile } from "../../../core/distribuzione/collect";
import type { CollectReport, Progress } from "../../../core/ports";
import { RunStatus } from "../../components/RunProgress";
import { errorDetail, fmt, fmtCount } from "../../components/format";
import { languageOf, useMessages, type Messages } from "../../i18n";
import { useStoppable } from "../../state/use-stoppable";
import { useWorkbook } from "../../state/use-workbook";
import type { ViewProps } from "../types";
import {
  previewCollect,
  returnedFiles,
  conflictValue,
  type ChosenFile,
  type ConflictValue,
  type FilePreview,
  type MergedValue,
  type Shown,
} from "./preview";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  text: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Text = Messages["raccogli"];

const wasStopped = (report: CollectReport) => report.stopped;

async function chosenOf(file: File, read: ViewProps["readReturned"]): Promise<ChosenFile> {
  try {
    return {
      kind: "read",
      returned: await read(file.name, new Uint8Array(await file.arrayBuffer())),
    };
  } catch (e) {
    return { kind: "unreadable", file: file.name, reason: errorDetail(e) };
  }
}

function shown(text: Text, v: Shown): string {
  return v === null || v === "" ? text.empty : `«${v}»`;
}

function lineOf(text: Text, v: Omit<MergedValue, "before" | "after">): string {
  return fmt(text.line, { ...v, elemento: text.elemento[v.elemento] });
}

/** Conflicts with both values: never overwritten, left for the office to decide. */
function ConflictList({ conflicts }: { readonly conflicts: readonly ConflictValue[] }) {
  const styles = useStyles();
  const text = useMessages().raccogli;
  return (
    <ul className={styles.list}>
      {conflicts.map((c) => (
        <li key={`${c.obiettivo}/${c.elemento}/${c.numero}/${c.campo}`}>
          {fmt(text.conflict, {
            line: lineOf(text, c),
            sent: shown(text, c.sent),
            plan: shown(text, c.plan),
            returned: shown(text, c.returned),
          })}
        </li>
      ))}
    </ul>
  );
}

/** One chosen file: whose it is, what will be merged, the conflicts, why it is refused. */
function FileCard({ preview, index }: { readonly preview: FilePreview; readonly index: number }) {
  const styles = useStyles();
  const text = useMessages().raccogli;
  const title = `raccogli-file-${index}`;
  return (
    <section className={styles.section} aria-labelledby={title}>
      <Subtitle2 as="h3" id={title}>
        {fmt(text.fileTitle, {
          file: preview.file,
          person: preview.destinatario || text.unknownPerson,
        })}
      </Subtitle2>
      {preview.unusable !== null ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{fmt(text.unusable, { reason: preview.unusable })}</MessageBarBody>
        </MessageBar>
      ) : preview.merged.length === 0 && preview.conflicts.length === 0 ? (
        <Body1 as="p" className={styles.text}>
          {text.nothing}
        </Body1>
      ) : null}
      {preview.merged.length > 0 && (
        <>
          <Body1 as="p" className={styles.text}>
            {fmtCount(text.mergedTitle, preview.merged.length)}
          </Body1>
          <ul className={styles.list}>
            {preview.merged.map((m) => (
              <li key={`${m.obiettivo}/${m.elemento}/${m.numero}/${m.campo}`}>
                {fmt(text.change, {
                  line: lineOf(text, m),
                  before: shown(text, m.before),
                  after: shown(text, m.after),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.conflicts.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {fmtCount(text.conflictsTitle, preview.conflicts.length)}
            </MessageBarTitle>
            <ConflictList conflicts={preview.conflicts} />
          </MessageBarBody>
        </MessageBar>
      )}
      {preview.refused.map((r) => (
        <MessageBar key={r.obiettivo} intent="warning" layout="multiline">
          <MessageBarBody>
            {fmt(text.refused, { obiettivo: r.obiettivo, reasons: r.reasons.join(" ") })}
          </MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}

/**
 * Raccogli file: the files `distribuisci` sent, chosen as they come back, previewed file by
 * file and merged into the workbook, each value logged with its author.
 */
export default function RaccogliView({ port, readReturned }: ViewProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.raccogli;
  const workbook = useWorkbook(port);
  const [chosen, setChosen] = useState<readonly ChosenFile[]>([]);
  const [reading, setReading] = useState(false);

  const run = useCallback(
    async (files: readonly ReturnedFile[], onProgress: Progress, signal: AbortSignal) => {
      const report = await port.collectReturned(files, onProgress, signal);
      // what was chosen is registered: the preview would now show the workbook's new values
      setChosen([]);
      await workbook.reload();
      return report;
    },
    [port, workbook],
  );
  const { state, start, cancel } = useStoppable(run, wasStopped);
  const running = state.kind === "running";

  async function onFiles(files: readonly File[]) {
    if (files.length === 0) return;
    setReading(true);
    try {
      setChosen(await Promise.all(files.map((f) => chosenOf(f, readReturned))));
    } finally {
      setReading(false);
    }
  }

  const loaded = workbook.loaded;
  const lang = languageOf(messages.locale);
  const preview = useMemo(
    () =>
      loaded && chosen.length > 0 ? previewCollect(loaded.model, chosen, new Date(), lang) : null,
    [loaded, chosen, lang],
  );

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.text}>
        {text.intro}
      </Body1>
      <FilePicker
        label={text.file}
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={running || reading}
        onFiles={(files) => void onFiles(files)}
      />
      {reading && <Spinner size="tiny" label={text.reading} />}
      {chosen.length > 0 && !loaded && workbook.loading && (
        <Spinner size="tiny" label={messages.common.reading} />
      )}
      {preview?.files.map((f, i) => (
        <FileCard key={`${i}-${f.file}`} preview={f} index={i} />
      ))}
      {preview && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabledFocusable={running || preview.merged === 0}
            onClick={() => void start(returnedFiles(chosen), 1)}
          >
            {text.register}
          </Button>
          {running && <Button onClick={cancel}>{text.cancel}</Button>}
        </div>
      )}
      <RunStatus state={state} texts={text} />
      {state.kind === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {fmt(text.done, { merged: state.report.merged, logRows: state.report.logRows })}
            {state.report.conflicts.length > 0 && (
              <>
                {` ${fmtCount(text.doneConflicts, state.report.conflicts.length)}`}
                <ConflictList conflicts={state.report.conflicts.map(conflictValue)} />
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

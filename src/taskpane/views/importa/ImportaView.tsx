import { useCallback, useMemo, useState } from "react";
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FilePicker } from "../../components/FilePicker";
import type { MappedTable, MappingJson } from "../../../core/import/mapping/contract";
import { planUpsert } from "../../../core/import/upsert";
import type { ImportReport, Progress } from "../../../core/ports";
import { localTimestamp } from "../../../core/text/dates";
import { ErrorBar } from "../../components/ErrorBar";
import { RunStatus } from "../../components/RunProgress";
import { fmt } from "../../components/format";
import { listText, sheetOfTable } from "../../components/sheet-names";
import { UserNameDialog } from "../../components/UserNameDialog";
import { languageOf, useMessages } from "../../i18n";
import { useStoppable } from "../../state/use-stoppable";
import { useUserName } from "../../state/user-name";
import { useWithUser } from "../../state/use-with-user";
import { useWorkbook } from "../../state/use-workbook";
import type { ViewProps } from "../types";
import { ImportPreview } from "./ImportPreview";
import { MappingTable } from "./MappingTable";
import {
  SourceRefused,
  fieldRows,
  outcomeOf,
  reportSource,
  sourceOf,
  withColumn,
  type Source,
  type SourceProblem,
} from "./source";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // the gaps of the column space the paragraphs, not their margins
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  text: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface RunArgs {
  readonly source: Source;
  readonly mapping: MappingJson;
  readonly utente: string;
  /** the tables are created first (the user chose «Prepara e importa») */
  readonly prepare: boolean;
}

const wasStopped = (report: ImportReport) => report.stopped;

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * Importa: a CSV, the first sheet of an .xlsx or a report read in the pane, its mapping
 * checked, merged into the workbook.
 */
export default function ImportaView({ port, readSheet }: ViewProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.importa;
  const lang = languageOf(messages.locale);
  const workbook = useWorkbook(port);
  const [userName] = useUserName();
  const user = useWithUser();
  const [source, setSource] = useState<Source | null>(null);
  const [mapping, setMapping] = useState<MappingJson>({});
  const [problem, setProblem] = useState<SourceProblem | null>(null);
  const [readError, setReadError] = useState<unknown>(null);
  const [pasted, setPasted] = useState("");

  const run = useCallback(
    async (args: RunArgs, onProgress: Progress, signal: AbortSignal) => {
      if (args.prepare) await port.prepare();
      const stamp = { utente: args.utente, timestamp: localTimestamp(new Date()) };
      const outcome = outcomeOf(args.source, args.mapping, stamp);
      if (outcome.kind !== "ready") throw new Error(outcome.errors.map((e) => e[lang]).join(" "));
      const report = await port.importRecords(
        outcome.result,
        { ...stamp, source: args.source.name },
        onProgress,
        signal,
      );
      await workbook.reload();
      return report;
    },
    [port, workbook, lang],
  );
  const { state, start, cancel } = useStoppable(run, wasStopped);
  const running = state.kind === "running";

  async function choose(read: () => Source | Promise<Source>) {
    setProblem(null);
    setReadError(null);
    try {
      const next = await read();
      setSource(next);
      setMapping(next.kind === "table" ? next.proposal : {});
    } catch (e) {
      setSource(null);
      if (e instanceof SourceRefused) setProblem(e.problem);
      else setReadError(e);
    }
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    await choose(async () => sourceOf(file.name, await bytesOf(file), readSheet));
  }

  // the preview's log rows carry the name given so far: the import itself uses the final one
  const outcome = useMemo(
    () =>
      source &&
      outcomeOf(source, mapping, { utente: userName, timestamp: localTimestamp(new Date()) }),
    [source, mapping, userName],
  );
  const loaded = workbook.loaded;
  const plan = useMemo(
    () =>
      outcome?.kind === "ready" && loaded
        ? planUpsert(loaded.model, outcome.result, {
            utente: userName,
            timestamp: "",
            source: source?.name ?? "",
          })
        : null,
    [outcome, loaded, userName, source],
  );
  const rows = useMemo(() => fieldRows(mapping), [mapping]);
  const missing = loaded?.missingTables ?? [];
  const ready =
    outcome?.kind === "ready" && outcome.result.model.obiettivi.length > 0 && loaded !== null;

  const onChange = (table: MappedTable, header: string, column: string | null) =>
    setMapping((json) => withColumn(json, table, header, column));
  const importNow = () => {
    if (!source) return;
    user.run((utente) => void start({ source, mapping, utente, prepare: missing.length > 0 }, 1));
  };

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.text}>
        {text.intro}
      </Body1>
      <Body1 as="p" className={styles.text}>
        {text.formats}
      </Body1>
      <FilePicker
        label={text.file}
        accept=".csv,.tsv,.xlsx,.xlsm,.xls,.txt,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={running}
        onFiles={(files) => void onFile(files[0])}
      />
      <Field label={text.paste}>
        <Textarea
          value={pasted}
          resize="vertical"
          disabled={running}
          onChange={(_e, d) => setPasted(d.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button
          disabled={running || pasted.trim() === ""}
          onClick={() =>
            void choose(() =>
              reportSource(text.pastedName, pasted, {
                it: "testo incollato",
                en: "pasted text",
              }),
            )
          }
        >
          {text.readPasted}
        </Button>
      </div>
      {problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.problems[problem]}</MessageBarBody>
        </MessageBar>
      )}
      {readError != null && <ErrorBar error={readError} title={text.readFailed} />}
      {source && (
        <>
          <Body1 as="p" role="status" className={styles.text}>
            {fmt(text.read, { name: source.name, how: source.read[lang] })}
          </Body1>
          {source.kind === "table" && (
            <section className={styles.section} aria-labelledby="importa-mapping">
              <Subtitle2 as="h3" id="importa-mapping">
                {text.mappingTitle}
              </Subtitle2>
              <Body1 as="p" className={styles.text}>
                {text.mappingHint}
              </Body1>
              {source.notes.length > 0 && (
                <MessageBar intent="info" layout="multiline">
                  <MessageBarBody>
                    {source.notes.map((n) => (
                      <div key={n.it}>{n[lang]}</div>
                    ))}
                  </MessageBarBody>
                </MessageBar>
              )}
              <MappingTable
                rows={rows}
                headers={source.headers}
                onChange={onChange}
                disabled={running}
              />
            </section>
          )}
          {outcome?.kind === "mapping" && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{text.mappingErrors}</MessageBarTitle>
                {outcome.errors.map((e) => (
                  <div key={e.it}>{e[lang]}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
          {outcome?.kind === "ready" && <ImportPreview result={outcome.result} plan={plan} />}
          {!loaded && workbook.loading && <Spinner size="tiny" label={messages.common.reading} />}
          {missing.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {fmt(text.missingTables, {
                  tables: listText(missing.map(sheetOfTable), messages.locale),
                })}
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              // still focusable: the name dialog gives the focus back to it as the import starts
              disabledFocusable={running || !ready}
              onClick={importNow}
            >
              {missing.length > 0 ? text.prepareAndImport : text.import}
            </Button>
            {running && <Button onClick={cancel}>{text.cancel}</Button>}
          </div>
        </>
      )}
      <RunStatus state={state} texts={text} />
      {state.kind === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {fmt(text.done, { ...state.report.added, updated: state.report.updated })}
          </MessageBarBody>
        </MessageBar>
      )}
      <UserNameDialog {...user.dialog} />
    </div>
  );
}

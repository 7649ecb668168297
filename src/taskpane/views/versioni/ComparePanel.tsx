import { useCallback, useState } from "react";
import {
  Body1,
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import type { Change } from "../../../core/cycle/compare";
import { changeLine } from "../../../core/cycle/compare-text";
import type { VersionInfo } from "../../../core/cycle/versions";
import type { ProspettoReport, VersionsComparison } from "../../../core/cycle/versions-port";
import { groupBy } from "../../../core/model/by-objective";
import { ErrorBar } from "../../components/ErrorBar";
import { fmt, fmtCount } from "../../components/format";
import { useMessages, type Messages } from "../../i18n";
import { useStoppable } from "../../state/use-stoppable";
import type { ViewProps } from "../types";
import { sheetAddress } from "../schede/GeneratedList";
import { langOf, useVersioniStyles } from "./shared";

const never = () => false;
/** the «Con» choice of the current tables */
const CURRENT = "";

interface Pair {
  readonly versione: number;
  readonly con: number | null;
}

function sideText(v: VersionInfo | null, text: Messages["versioni"]): string {
  return v === null ? text.current : fmt(text.version, { numero: v.numero, nome: v.nome });
}

/** Compare two versions, or one with the current tables; then print the Prospetto variazioni. */
export function ComparePanel({
  port,
  versions,
}: {
  readonly port: ViewProps["port"];
  readonly versions: readonly VersionInfo[];
}) {
  const styles = useVersioniStyles();
  const text = useMessages().versioni;
  // the newest version against the current tables: the usual question
  const [versione, setVersione] = useState(String(versions[versions.length - 1].numero));
  const [con, setCon] = useState(CURRENT);
  const compareRun = useCallback(
    (pair: Pair) => port.compareVersions(pair.versione, pair.con),
    [port],
  );
  const compared = useStoppable<Pair, VersionsComparison>(compareRun, never);
  const option = (v: VersionInfo) => fmt(text.option, { numero: v.numero, nome: v.nome });

  return (
    <section aria-labelledby="versioni-compare-title" className={styles.section}>
      <Subtitle2 as="h2" id="versioni-compare-title">
        {text.compareTitle}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {text.compareIntro}
      </Body1>
      <Field label={text.before}>
        <Select value={versione} onChange={(_e, d) => setVersione(d.value)}>
          {versions.map((v) => (
            <option key={v.numero} value={String(v.numero)}>
              {option(v)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={text.after}>
        <Select value={con} onChange={(_e, d) => setCon(d.value)}>
          <option value={CURRENT}>{text.current}</option>
          {versions.map((v) => (
            <option key={v.numero} value={String(v.numero)}>
              {option(v)}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        className={styles.start}
        disabled={compared.state.kind === "running"}
        onClick={() =>
          void compared.start(
            { versione: Number(versione), con: con === CURRENT ? null : Number(con) },
            1,
          )
        }
      >
        {text.compare}
      </Button>
      {compared.state.kind === "running" && (
        <Spinner className={styles.start} size="tiny" label={text.comparing} />
      )}
      {compared.state.kind === "error" && (
        <ErrorBar error={compared.state.error} title={text.compareFailed} />
      )}
      {compared.state.kind === "done" && (
        <Comparison port={port} comparison={compared.state.report} />
      )}
    </section>
  );
}

/** The changes grouped by objective, in the words of `confronta`, and the prospetto's button. */
function Comparison({
  port,
  comparison,
}: {
  readonly port: ViewProps["port"];
  readonly comparison: VersionsComparison;
}) {
  const styles = useVersioniStyles();
  const messages = useMessages();
  const text = messages.versioni;
  const { before, after, changes } = comparison;
  const groups = groupBy(changes, (c: Change) => c.objective);
  return (
    <section aria-labelledby="versioni-result-title" className={styles.section}>
      <Subtitle2 as="h3" id="versioni-result-title">
        {fmt(text.resultTitle, { before: sideText(before, text), after: sideText(after, text) })}
      </Subtitle2>
      <Body1 as="p" className={styles.text} role="status">
        {changes.length === 0
          ? text.noChanges
          : fmtCount(text.changes, changes.length, {
              objectives: fmtCount(text.objectives, groups.size),
            })}
      </Body1>
      {[...groups].map(([codice, list]) => (
        <div key={codice}>
          <Body1 as="h4" className={styles.text} id={`versioni-obiettivo-${codice}`}>
            <strong>{fmt(text.objective, { codice })}</strong>
          </Body1>
          <ul className={styles.list} aria-labelledby={`versioni-obiettivo-${codice}`}>
            {list.map((c, i) => (
              <li key={i}>{changeLine(c, langOf(messages))}</li>
            ))}
          </ul>
        </div>
      ))}
      <ProspettoButton port={port} pair={{ versione: before.numero, con: after?.numero ?? null }} />
    </section>
  );
}

function ProspettoButton({
  port,
  pair,
}: {
  readonly port: ViewProps["port"];
  readonly pair: Pair;
}) {
  const styles = useVersioniStyles();
  const messages = useMessages();
  const text = messages.versioni;
  const run = useCallback((p: Pair) => port.generateProspetto(p.versione, p.con), [port]);
  const { state, start } = useStoppable<Pair, ProspettoReport>(run, never);
  const [failure, setFailure] = useState<unknown>(null);
  const open = (sheet: string) => {
    setFailure(null);
    port.select(sheetAddress(sheet)).catch(setFailure);
  };
  return (
    <>
      <Body1 as="p" className={styles.text}>
        {text.prospettoIntro}
      </Body1>
      <Button
        className={styles.start}
        disabled={state.kind === "running"}
        onClick={() => void start(pair, 1)}
      >
        {text.prospetto}
      </Button>
      {state.kind === "running" && (
        <Spinner className={styles.start} size="tiny" label={text.generating} />
      )}
      {state.kind === "error" && <ErrorBar error={state.error} title={text.prospettoFailed} />}
      {state.kind === "done" && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>
              {fmt(text.prospettoDone, { sheet: state.report.sheet })}
            </MessageBarBody>
          </MessageBar>
          {state.report.nameTaken && (
            <Body1>{fmt(text.nameTaken, { name: state.report.nameTaken })}</Body1>
          )}
          <Link as="button" className={styles.start} onClick={() => open(state.report.sheet)}>
            {fmt(messages.schede.openSheet, { sheet: state.report.sheet })}
          </Link>
          {failure != null && <ErrorBar error={failure} title={messages.schede.openFailed} />}
        </>
      )}
    </>
  );
}

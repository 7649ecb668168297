import { useCallback, useState } from "react";
import { Body1, Button, Field, Select, Spinner, Subtitle2 } from "@fluentui/react-components";
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
import { SheetWritten } from "../../components/SheetWritten";
import { Part, langOf, useVersioniStyles } from "./shared";

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
  const options = versions.map((v) => (
    <option key={v.numero} value={String(v.numero)}>
      {fmt(text.option, { numero: v.numero, nome: v.nome })}
    </option>
  ));

  return (
    <Part id="versioni-compare-title" title={text.compareTitle} intro={text.compareIntro}>
      <Field label={text.before}>
        <Select value={versione} onChange={(_e, d) => setVersione(d.value)}>
          {options}
        </Select>
      </Field>
      <Field label={text.after}>
        <Select value={con} onChange={(_e, d) => setCon(d.value)}>
          <option value={CURRENT}>{text.current}</option>
          {options}
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
    </Part>
  );
}

/** The changes grouped by objective, in the words of `confronta`, then the prospetto. */
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
  const run = useCallback((p: Pair) => port.generateProspetto(p.versione, p.con), [port]);
  const prospetto = useStoppable<Pair, ProspettoReport>(run, never);
  const written = prospetto.state.kind === "done" ? prospetto.state.report : null;
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
      <Body1 as="p" className={styles.text}>
        {text.prospettoIntro}
      </Body1>
      <Button
        className={styles.start}
        disabled={prospetto.state.kind === "running"}
        onClick={() =>
          void prospetto.start({ versione: before.numero, con: after?.numero ?? null }, 1)
        }
      >
        {text.prospetto}
      </Button>
      {prospetto.state.kind === "running" && (
        <Spinner className={styles.start} size="tiny" label={text.generating} />
      )}
      {prospetto.state.kind === "error" && (
        <ErrorBar error={prospetto.state.error} title={text.prospettoFailed} />
      )}
      {written && (
        <SheetWritten
          port={port}
          sheet={written.sheet}
          done={fmt(text.prospettoDone, { sheet: written.sheet })}
          nameTaken={written.nameTaken && fmt(text.nameTaken, { name: written.nameTaken })}
        />
      )}
    </section>
  );
}

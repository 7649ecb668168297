/**
 * Values typed straight into the Fasi and Indicatori tables:
 * - `TypingWatch` (always on screen): while the pane is open and the user's name is known,
 *   the port listens to the tables; it shows what was logged, put back or left, and why;
 * - `UnloggedValues` (above every view's content): the values that differ from the last
 *   logged one, found on each reading, and «Registra queste modifiche».
 */
import { useEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";
import type { LoadedWorkbook, WorkbookPort } from "../../core/ports";
import { isIsoDate, formatDateIt } from "../../core/text/dates";
import { unloggedChanges, type TypedChange, type TypedReport } from "../../core/rilevazione/typed";
import { FASI, INDICATORI } from "../../core/schema/tables";
import { useMessages, type Messages } from "../i18n";
import { useUserName } from "../state/user-name";
import { DismissAction } from "./DismissAction";
import { ErrorBar } from "./ErrorBar";
import { fmt, fmtCount, formatNumber } from "./format";

const useStyles = makeStyles({ list: { margin: 0, paddingInlineStart: "1.2em" } });

function shown(v: string | number | null, messages: Messages): string {
  if (v === null) return messages.typed.empty;
  if (typeof v === "number") return formatNumber(v, messages.locale);
  return isIsoDate(v) ? formatDateIt(v) : `«${v}»`;
}

/** "Fase 2 dell'obiettivo A1, Avanzamento %: 20 → 40" (the header as in the sheet) */
function describe(c: TypedChange, messages: Messages): string {
  const def = c.elemento === "Fase" ? FASI : INDICATORI;
  const campo = def.columns.find((col) => col.key === c.campo)?.header ?? c.campo;
  return fmt(messages.typed.change, {
    elemento: c.elemento,
    numero: c.numero,
    obiettivo: c.obiettivo,
    campo,
    before: shown(c.before, messages),
    after: shown(c.after, messages),
  });
}

function ReportList({ report }: { readonly report: TypedReport }) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.typed;
  const items = [
    ...report.logged.map((o) => `${text.logged}: ${describe(o.change, messages)}`),
    ...report.undone.map((o) => `${text.undone}: ${describe(o.change, messages)}. ${o.reason}`),
    ...report.kept.map((o) => `${text.kept}: ${describe(o.change, messages)}. ${o.reason}`),
  ];
  return (
    <ul className={styles.list}>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

function isEmpty(r: TypedReport): boolean {
  return r.logged.length + r.undone.length + r.kept.length === 0;
}

export function TypingWatch({ port }: { readonly port: WorkbookPort }) {
  const messages = useMessages();
  const [name] = useUserName();
  const nameRef = useRef(name);
  nameRef.current = name;
  const [report, setReport] = useState<TypedReport | null>(null);
  const started = useRef(false);
  useEffect(() => {
    // once per pane: Excel drops the handlers when the pane closes
    if (!name || started.current || !port.watchTyping) return;
    started.current = true;
    port
      .watchTyping(() => nameRef.current, setReport)
      .catch(() => {
        started.current = false; // tables not there yet: tried again on the next render
      });
  }, [port, name]);
  if (!report || isEmpty(report)) return null;
  const intent = report.undone.length + report.kept.length > 0 ? "warning" : "success";
  return (
    <MessageBar intent={intent} layout="multiline" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>{messages.typed.title}</MessageBarTitle>
        <ReportList report={report} />
      </MessageBarBody>
      <DismissAction onDismiss={() => setReport(null)} />
    </MessageBar>
  );
}

export interface UnloggedValuesProps {
  readonly port: WorkbookPort;
  readonly loaded: LoadedWorkbook;
  readonly reload: () => Promise<void>;
}

export function UnloggedValues({ port, loaded, reload }: UnloggedValuesProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.typed;
  const [name] = useUserName();
  const changes = useMemo(() => unloggedChanges(loaded.model), [loaded.model]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<TypedReport | null>(null);
  if (!port.logUnlogged || (changes.length === 0 && !report)) return null;
  const log = async () => {
    setBusy(true);
    setError(null);
    try {
      setReport((await port.logUnlogged?.(changes, name)) ?? null);
      await reload();
    } catch (e) {
      setError(e ?? new Error("logUnlogged"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {error != null && <ErrorBar error={error} title={messages.common.errorTitle} />}
      {report && !isEmpty(report) && (
        <MessageBar intent={report.kept.length > 0 ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            <ReportList report={report} />
          </MessageBarBody>
        </MessageBar>
      )}
      {changes.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.unloggedTitle}</MessageBarTitle>
            {fmtCount(text.unloggedIntro, changes.length)}
            <ul className={styles.list}>
              {changes.map((c) => (
                <li key={`${c.elemento}|${c.obiettivo}|${c.numero}|${c.campo}`}>
                  {describe(c, messages)}
                </li>
              ))}
            </ul>
            {!name && text.needsName}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy || !name} onClick={() => void log()}>
              {busy ? text.logging : text.logAction}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}

import { useCallback, useEffect, useMemo, useState } from "react";
import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import { carriedLine } from "../../../core/cycle/next-year-text";
import { ErrorBar } from "../../components/ErrorBar";
import { fmt, fmtCount } from "../../components/format";
import { useMessages } from "../../i18n";
import { useStoppable } from "../../state/use-stoppable";
import type { ViewProps } from "../types";
import { prepareNextYear, type NextYearChoice, type NextYearPrepared } from "./next-year";
import { Part, PartForm, langOf, useVersioniStyles } from "./shared";

const never = () => false;

/** Codes listed before «… e altri N»: the full list is in the new workbook itself. */
const SHOWN = 10;

/**
 * «Prepara l'anno successivo»: next year's plan as a new workbook opened in Excel (or a file to
 * download where Excel cannot open one), and what was carried, left out and emptied.
 */
export function NextYearPanel({ port, newWorkbook }: Pick<ViewProps, "port" | "newWorkbook">) {
  const styles = useVersioniStyles();
  const messages = useMessages();
  const text = messages.nuovoAnno;
  const [anno, setAnno] = useState("");
  const [withoutConcluded, setWithoutConcluded] = useState(false);
  const [badYear, setBadYear] = useState(false);
  const run = useCallback(
    (choice: NextYearChoice) =>
      prepareNextYear(port, newWorkbook, choice, messages, langOf(messages)),
    [port, newWorkbook, messages],
  );
  const { state, start } = useStoppable<NextYearChoice, NextYearPrepared>(run, never);
  const running = state.kind === "running";

  const submit = () => {
    const typed = anno.trim();
    const year = /^\d{4}$/.test(typed) ? Number(typed) : null;
    const bad = typed !== "" && year === null;
    setBadYear(bad);
    if (!bad) void start({ anno: year, withoutConcluded }, 1);
  };

  return (
    <Part id="nuovo-anno-title" title={text.title} intro={text.intro}>
      <PartForm onSubmit={submit}>
        <Field
          label={text.anno}
          hint={text.annoHint}
          validationState={badYear ? "error" : "none"}
          validationMessage={badYear ? text.annoInvalid : undefined}
        >
          <Input inputMode="numeric" value={anno} onChange={(_e, d) => setAnno(d.value)} />
        </Field>
        <Checkbox
          label={text.withoutConcluded}
          checked={withoutConcluded}
          onChange={(_e, d) => setWithoutConcluded(d.checked === true)}
        />
        <Button className={styles.start} appearance="primary" type="submit" disabled={running}>
          {text.prepare}
        </Button>
      </PartForm>
      {running && <Spinner className={styles.start} size="tiny" label={text.preparing} />}
      {state.kind === "error" && <ErrorBar error={state.error} title={text.failed} />}
      {state.kind === "done" && <Prepared prepared={state.report} />}
    </Part>
  );
}

/** The file of the new plan, as a link to download, for as long as it is shown. */
function useDownload(bytes: Uint8Array, needed: boolean): string | null {
  const url = useMemo(
    () =>
      needed
        ? URL.createObjectURL(
            new Blob([bytes as BlobPart], {
              type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            }),
          )
        : null,
    [bytes, needed],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url;
}

function Prepared({ prepared }: { readonly prepared: NextYearPrepared }) {
  const styles = useVersioniStyles();
  const messages = useMessages();
  const text = messages.nuovoAnno;
  const { report, from, to } = prepared;
  const file = `peg-${to}.xlsx`;
  const opened = prepared.opened === "opened";
  const url = useDownload(prepared.bytes, !opened);
  const renamed = report.renamed.map((r) => `${r.from} → ${r.to}`);
  return (
    <div className={styles.section}>
      <MessageBar intent={opened ? "success" : "info"} layout="multiline">
        <MessageBarBody>
          {fmt(text[prepared.opened], { from, to })}{" "}
          {url && (
            <Link href={url} download={file}>
              {fmt(text.downloadLink, { file })}
            </Link>
          )}
        </MessageBarBody>
      </MessageBar>
      <Body1 as="p" className={styles.text}>
        {carriedLine(report.carried, langOf(messages))}
      </Body1>
      {renamed.length > 0 && (
        <Listed
          id="nuovo-anno-renamed"
          title={fmt(text.renamedTitle, { count: renamed.length })}
          items={
            renamed.length > SHOWN
              ? [...renamed.slice(0, SHOWN), fmtCount(text.renamedMore, renamed.length - SHOWN)]
              : renamed
          }
        />
      )}
      {prepared.choice.withoutConcluded &&
        (report.dropped.length === 0 ? (
          <Body1 as="p" className={styles.text}>
            {text.droppedNone}
          </Body1>
        ) : (
          <Listed
            id="nuovo-anno-dropped"
            title={fmt(text.droppedTitle, { count: report.dropped.length })}
            items={report.dropped.map((d) => `${d.codice} — ${d.reason}`)}
          />
        ))}
      <Listed id="nuovo-anno-columns" title={text.columnsTitle} items={prepared.fates} />
      {prepared.checks.length > 0 && (
        <Listed id="nuovo-anno-checks" title={text.checksTitle} items={prepared.checks} />
      )}
    </div>
  );
}

/** A titled list of the report, named by its title for screen readers. */
function Listed(props: {
  readonly id: string;
  readonly title: string;
  readonly items: readonly string[];
}) {
  const styles = useVersioniStyles();
  return (
    <div>
      <Body1 as="p" id={props.id} className={styles.text}>
        <strong>{props.title}</strong>
      </Body1>
      <ul className={styles.list} aria-labelledby={props.id}>
        {props.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

import { useCallback, useEffect, useState } from "react";
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import type { VersionInfo, VersionsListed } from "../../../core/cycle/versions";
import type { VersionFields } from "../../../core/cycle/versions-port";
import type { IsoDate } from "../../../core/model/types";
import { formatDate, localIsoDate, parseDateText } from "../../../core/text/dates";
import { ErrorBar } from "../../components/ErrorBar";
import { UserNameDialog } from "../../components/UserNameDialog";
import { fmt } from "../../components/format";
import { useMessages, type Messages } from "../../i18n";
import { useStoppable } from "../../state/use-stoppable";
import { useWithUser } from "../../state/use-with-user";
import type { ViewProps } from "../types";
import { ComparePanel } from "./ComparePanel";
import { NextYearPanel } from "./NextYearPanel";
import { Part, PartForm, langOf, useVersioniStyles } from "./shared";

const never = () => false;

/** «1. «Piano approvato» — Delibera G.C. n. 12 del 3/2/2022 — 03/02/2022 — mario.conti» */
export function versionLine(v: VersionInfo, messages: Messages): string {
  const date = v.data ? formatDate(v.data, langOf(messages)) : "";
  const head = fmt(messages.versioni.item, { numero: v.numero, nome: v.nome });
  return [head, v.atto, date, v.utente].filter((part) => part !== "").join(" — ");
}

type ListState =
  | { readonly kind: "reading" }
  | { readonly kind: "read"; readonly listed: VersionsListed }
  | { readonly kind: "error"; readonly error: unknown };

/**
 * «Versioni»: the versions saved in the workbook, «Congela versione» for a new one, the
 * comparison of a version with the current tables or another version and its printable
 * Prospetto variazioni. The storage is the command line's, so either reads what the other wrote.
 * Last, «Prepara l'anno successivo»: next year's plan as a new workbook.
 */
export default function VersioniView({ port, newWorkbook }: ViewProps) {
  const styles = useVersioniStyles();
  const messages = useMessages();
  const text = messages.versioni;
  const [list, setList] = useState<ListState>({ kind: "reading" });
  const reload = useCallback(() => {
    setList({ kind: "reading" });
    port.versions().then(
      (listed) => setList({ kind: "read", listed }),
      (error: unknown) => setList({ kind: "error", error }),
    );
  }, [port]);
  useEffect(reload, [reload]);

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.text}>
        {text.intro}
      </Body1>
      <Part id="versioni-list-title" title={text.listTitle}>
        {list.kind === "reading" && <Spinner size="tiny" label={text.reading} />}
        {list.kind === "error" && (
          <ErrorBar error={list.error} title={text.readFailed} onRetry={reload} />
        )}
        {list.kind === "read" && <VersionList listed={list.listed} />}
      </Part>
      <FreezeForm port={port} onFrozen={reload} />
      {list.kind === "read" && list.listed.versions.length > 0 && (
        <ComparePanel port={port} versions={list.listed.versions} />
      )}
      <NextYearPanel port={port} newWorkbook={newWorkbook} />
    </div>
  );
}

function VersionList({ listed }: { readonly listed: VersionsListed }) {
  const styles = useVersioniStyles();
  const messages = useMessages();
  const text = messages.versioni;
  return (
    <>
      {listed.versions.length === 0 ? (
        <Body1 as="p" className={styles.text}>
          {text.none}
        </Body1>
      ) : (
        <ul className={styles.list} aria-labelledby="versioni-list-title">
          {listed.versions.map((v) => (
            <li key={v.numero}>{versionLine(v, messages)}</li>
          ))}
        </ul>
      )}
      {listed.broken.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {fmt(text.broken, {
              list: listed.broken.map((v) => versionLine(v, messages)).join("; "),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** «Congela versione»: name (required), act, date (today unless changed); the user's name. */
function FreezeForm({ port, onFrozen }: { readonly port: ViewProps["port"]; onFrozen(): void }) {
  const styles = useVersioniStyles();
  const messages = useMessages();
  const text = messages.versioni;
  const [nome, setNome] = useState("");
  const [atto, setAtto] = useState("");
  // typed as the pane's language writes dates (31/12/2021 in Italian), as the CLI accepts them
  const [data, setData] = useState(() => formatDate(localIsoDate(new Date()), langOf(messages)));
  const [missingName, setMissingName] = useState(false);
  const [badDate, setBadDate] = useState(false);
  const user = useWithUser();
  const run = useCallback(
    async (fields: VersionFields) => {
      const info = await port.freezeVersion(fields);
      // ready for the next version: the same name twice would be two versions
      setNome("");
      setAtto("");
      onFrozen();
      return info;
    },
    [port, onFrozen],
  );
  const { state, start } = useStoppable<VersionFields, VersionInfo>(run, never);
  const running = state.kind === "running";

  const submit = () => {
    const date: IsoDate | null = data.trim() === "" ? null : parseDateText(data);
    setMissingName(!nome.trim());
    setBadDate(data.trim() !== "" && date === null);
    if (!nome.trim() || (data.trim() !== "" && date === null)) return;
    user.run((utente) => {
      void start({ nome: nome.trim(), atto: atto.trim(), data: date, utente }, 1);
    });
  };

  return (
    <Part id="versioni-freeze-title" title={text.freezeTitle} intro={text.freezeIntro}>
      <PartForm onSubmit={submit}>
        <Field
          label={text.name}
          required
          validationState={missingName ? "error" : "none"}
          validationMessage={missingName ? text.nameRequired : undefined}
        >
          <Input
            value={nome}
            placeholder={text.namePlaceholder}
            onChange={(_e, d) => setNome(d.value)}
          />
        </Field>
        <Field label={text.atto}>
          <Input
            value={atto}
            placeholder={text.attoPlaceholder}
            onChange={(_e, d) => setAtto(d.value)}
          />
        </Field>
        <Field
          label={text.data}
          hint={text.dataHint}
          validationState={badDate ? "error" : "none"}
          validationMessage={badDate ? text.dataInvalid : undefined}
        >
          <Input value={data} onChange={(_e, d) => setData(d.value)} />
        </Field>
        <Button className={styles.start} appearance="primary" type="submit" disabled={running}>
          {text.freeze}
        </Button>
      </PartForm>
      {running && <Spinner className={styles.start} size="tiny" label={text.freezing} />}
      {state.kind === "error" && <ErrorBar error={state.error} title={text.freezeFailed} />}
      {state.kind === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>
            {fmt(text.frozen, {
              numero: state.report.numero,
              nome: state.report.nome,
              foglio: state.report.foglio,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      <UserNameDialog {...user.dialog} />
    </Part>
  );
}

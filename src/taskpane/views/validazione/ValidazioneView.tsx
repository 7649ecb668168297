import { useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  TableCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { computeAll } from "../../../core/compute";
import type { Obiettivo } from "../../../core/model/types";
import type { LoadedWorkbook, WorkbookPort } from "../../../core/ports";
import { relazioneData, topHeavyWarning } from "../../../core/relazione/data";
import {
  missingValidazioneColumns,
  validazioneText,
  type ValidazioneResult,
} from "../../../core/rilevazione/validazione";
import { ErrorBar } from "../../components/ErrorBar";
import { UserNameDialog } from "../../components/UserNameDialog";
import { ViewFrame } from "../../components/ViewFrame";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { fmt, fmtCount, formatPercent } from "../../components/format";
import { languageOf, useMessages } from "../../i18n";
import { useWithUser } from "../../state/use-with-user";
import { useWorkbook, type WorkbookState } from "../../state/use-workbook";
import type { ViewProps } from "../types";
import { BandsPanel } from "./BandsPanel";
import { SectionTable } from "./SectionTable";
import { ValidazioneDialog, type ValidazioneInput } from "./ValidazioneDialog";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  start: { alignSelf: "flex-start" },
  figure: { textAlign: "end", whiteSpace: "nowrap" },
  action: { width: "7.5em" },
});

/**
 * Validazione: the Nucleo di valutazione's validated achievement, objective by objective,
 * beside the computed one; the rule, the lock and the log are the core's, as in `schede-peg
 * valida`. Used at the end of the year: a section of the «⋯» menu.
 */
export default function ValidazioneView({ port }: ViewProps) {
  const workbook = useWorkbook(port);
  return (
    <ViewFrame port={port} workbook={workbook}>
      {(loaded) => <Validazione port={port} loaded={loaded} workbook={workbook} />}
    </ViewFrame>
  );
}

/** the objective in the dialog; `n` counts the openings, so each starts with fresh fields */
interface Editing {
  readonly o: Obiettivo;
  readonly open: boolean;
  readonly n: number;
}

type Outcome = { readonly codice: string; readonly result: ValidazioneResult } | null;

function Validazione(props: {
  readonly port: WorkbookPort;
  readonly loaded: LoadedWorkbook;
  readonly workbook: WorkbookState;
}) {
  const { port, loaded, workbook } = props;
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.validazione;
  const lang = languageOf(messages.locale);
  const data = useMemo(() => relazioneData(loaded.model, computeAll(loaded.model)), [loaded]);
  const headers = loaded.positions?.obiettivi?.headers;
  // a reading without positions knows no headers: the save itself checks the columns
  const missing = headers ? missingValidazioneColumns(headers) : [];
  const user = useWithUser();
  // the dialog stays mounted while it closes: Fluent then gives the pane back to screen readers
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => setEditing((e) => e && { ...e, open: false });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [refusal, setRefusal] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const pct = (v: number | null) => (v === null ? text.none : formatPercent(v, messages.locale));

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const addColumns = () =>
    run(async () => {
      setOutcome(null);
      await port.prepare();
      await workbook.reload();
    });
  const save = (o: Obiettivo, input: ValidazioneInput, utente: string) =>
    run(async () => {
      const result = await port.saveValidazione({
        obiettivo: o.codice,
        ...input,
        utente,
        previous: {
          raggiungimentoValidato: o.raggiungimentoValidato,
          notaNucleo: o.notaNucleo,
          dataValidazione: o.dataValidazione,
        },
      });
      if (result.kind === "refused") {
        // the dialog stays open with the reasons: nothing was written
        setRefusal(result.reasons);
        return;
      }
      close();
      setRefusal([]);
      setOutcome({ codice: o.codice, result });
      if (result.kind !== "unchanged") await workbook.reload();
    });

  return (
    <div className={styles.root}>
      <Body1>{text.intro}</Body1>
      {missing.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{fmt(text.missing, { columns: missing.join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      {missing.length > 0 && (
        <Button className={styles.start} disabled={busy} onClick={() => void addColumns()}>
          {text.addColumns}
        </Button>
      )}
      <BandsPanel
        bands={data.bands}
        counts={data.total.bands}
        warning={topHeavyWarning(
          data.objectives.map((x) => x.judged),
          lang,
        )}
      />
      <SectionTable
        id="validazione-title"
        title={text.title}
        size="small"
        headers={[
          { text: text.objective },
          { text: text.computed, className: styles.figure },
          { text: text.validated },
          { text: <VisuallyHidden>{text.action}</VisuallyHidden>, className: styles.action },
        ]}
      >
        {data.objectives.map(({ obiettivo: o, result: r }) => {
          const forced = r.indicators.filter((i) => i.forced !== null);
          const validated = o.raggiungimentoValidato !== null;
          return (
            <TableRow key={o.codice}>
              <TableCell>
                <Body1 block>{o.codice}</Body1>
                <Caption1>{o.responsabile}</Caption1>
              </TableCell>
              <TableCell className={styles.figure}>
                <Body1 block>{pct(r.overall)}</Body1>
                {forced.length > 0 && <Caption1>{fmtCount(text.forced, forced.length)}</Caption1>}
              </TableCell>
              <TableCell>
                <Body1 block>{validated ? validazioneText(o, lang) : text.none}</Body1>
                {o.notaNucleo && <Caption1>{o.notaNucleo}</Caption1>}
              </TableCell>
              <TableCell className={styles.action}>
                <Button
                  size="small"
                  disabled={busy || missing.length > 0}
                  aria-label={fmt(validated ? text.changeOf : text.validateOf, {
                    codice: o.codice,
                  })}
                  onClick={() => {
                    setRefusal([]);
                    setEditing((e) => ({ o, open: true, n: (e?.n ?? 0) + 1 }));
                  }}
                >
                  {validated ? text.change : text.validate}
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </SectionTable>
      <OutcomeBar outcome={outcome} />
      {failure != null && <ErrorBar error={failure} title={text.failed} />}
      {editing && (
        <ValidazioneDialog
          key={editing.n}
          open={editing.open}
          obiettivo={editing.o}
          computed={pct(
            data.objectives.find((x) => x.obiettivo.codice === editing.o.codice)?.result.overall ??
              null,
          )}
          reasons={refusal}
          busy={busy}
          onCancel={close}
          onConfirm={(input) => user.run((name) => void save(editing.o, input, name))}
        />
      )}
      <UserNameDialog {...user.dialog} />
    </div>
  );
}

function OutcomeBar({ outcome }: { readonly outcome: Outcome }) {
  const messages = useMessages();
  const text = messages.validazione;
  const lang = languageOf(messages.locale);
  if (!outcome || outcome.result.kind === "refused") return null;
  const { codice, result } = outcome;
  const now = validazioneText(result.record, lang);
  if (result.kind === "conflict")
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{fmt(text.conflict, { codice, now })}</MessageBarBody>
      </MessageBar>
    );
  const done =
    result.kind === "saved"
      ? fmt(text.saved, { codice, now, logged: fmtCount(text.rows, result.logRows) })
      : fmt(text.unchanged, { codice, now });
  return (
    <MessageBar intent={result.kind === "saved" ? "success" : "info"}>
      <MessageBarBody>{done}</MessageBarBody>
    </MessageBar>
  );
}

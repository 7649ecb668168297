import { useState } from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Month } from "../../../core/model/types";
import type { LoadedWorkbook, WorkbookPort } from "../../../core/ports";
import { formatDateIt } from "../../../core/text/dates";
import { MonthPicker } from "../../components/MonthPicker";
import { UserNameDialog } from "../../components/UserNameDialog";
import { fmt } from "../../components/format";
import { useMessages } from "../../i18n";
import { usePaneState } from "../../state/pane-store";
import type { WorkbookState } from "../../state/use-workbook";
import { useUserName } from "../../state/user-name";
import { ConflictDialog } from "./ConflictDialog";
import { fieldKey } from "./form";
import { History } from "./History";
import { IndicatorCard } from "./IndicatorCard";
import { PhaseCard } from "./PhaseCard";
import { ObjectivePicker } from "./Pickers";
import { SaveOutcome } from "./SaveOutcome";
import { useRilevazioneForm } from "./use-rilevazione-form";
import { useSave } from "./use-save";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface RilevazioneFormProps {
  readonly port: WorkbookPort;
  readonly loaded: LoadedWorkbook;
  readonly workbook: WorkbookState;
}

export function RilevazioneForm({ port, loaded, workbook }: RilevazioneFormProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.rilevazione;
  const { model } = loaded;
  const [pane, setPane] = usePaneState();
  const [periodo, setPeriodo] = useState<Month>(model.impostazioni.periodoRiferimento);
  const [userName, setUserName] = useUserName();
  const [askName, setAskName] = useState(false);

  const chosen = model.obiettivi.find((o) => o.codice === pane.selectedObjective);
  const codice = chosen?.codice ?? model.obiettivi[0]?.codice ?? "";
  const form = useRilevazioneForm(model, codice, periodo);
  const saving = useSave(port, { periodo, obiettivo: codice }, workbook.reload);
  const closed = model.impostazioni.periodiChiusi.includes(periodo);
  const busy = saving.state.kind === "busy";
  const { edits, errors } = form.built;
  const errorCount = Object.keys(errors).length;

  if (!codice) return <Body1>{text.noObjectives}</Body1>;
  const fasi = model.fasi.filter((f) => f.obiettivo === codice).sort((a, b) => a.numero - b.numero);
  const indicatori = model.indicatori
    .filter((i) => i.obiettivo === codice)
    .sort((a, b) => a.numero - b.numero);

  const save = (name = userName) => {
    if (!name.trim()) setAskName(true);
    else void saving.save(edits, name);
  };
  const conflict =
    saving.state.kind === "done" && saving.state.result.kind === "conflict"
      ? saving.state.result.conflicts
      : null;

  return (
    <div className={styles.root}>
      <MonthPicker
        year={model.impostazioni.anno}
        value={periodo}
        closed={model.impostazioni.periodiChiusi}
        onChange={setPeriodo}
        label={text.month}
      />
      {closed && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.monthClosed}</MessageBarBody>
        </MessageBar>
      )}
      <ObjectivePicker
        obiettivi={model.obiettivi}
        value={codice}
        onChange={(c) => setPane({ selectedObjective: c })}
      />
      {fasi.map((f) => (
        <PhaseCard key={f.numero} fase={f} form={form} disabled={closed || busy} />
      ))}
      {form.proposals.map((p) => (
        <MessageBar key={`${p.numero}`} intent="info" layout="multiline">
          <MessageBarBody>
            {fmt(text.proposeEnd, {
              numero: p.numero,
              date: formatDateIt(String(p.value)),
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              onClick={() =>
                form.setDraft(
                  fieldKey("Fase", p.numero, "fineEffettiva"),
                  formatDateIt(String(p.value)),
                )
              }
            >
              {text.proposeAccept}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
      {indicatori.map((i) => (
        <IndicatorCard key={i.numero} indicatore={i} form={form} disabled={closed || busy} />
      ))}
      {fasi.length + indicatori.length === 0 && <Body1>{text.nothingToEdit}</Body1>}
      <Body1 aria-live="polite">
        {errorCount > 0
          ? fmt(text.fixErrors, { count: errorCount })
          : fmt(text.pending, { count: edits.length })}
      </Body1>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={closed || busy || edits.length === 0 || errorCount > 0}
          onClick={() => save()}
        >
          {text.save}
        </Button>
        <Button disabled={busy} onClick={form.reset}>
          {text.discard}
        </Button>
        <Button disabled={busy || workbook.loading} onClick={() => void workbook.reload()}>
          {messages.common.refresh}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={text.saving} />}
      <SaveOutcome state={saving.state} onDismiss={saving.dismiss} />
      {userName && <Body1>{fmt(text.loggedAs, { name: userName })}</Body1>}
      <History rows={model.rilevazioni} codice={codice} />
      {conflict && (
        <ConflictDialog
          key={conflict.map((c) => `${c.edit.elemento}${c.edit.numero}${c.edit.campo}`).join()}
          conflicts={conflict}
          onCancel={saving.dismiss}
          onResolve={(choices) => void saving.resolve(choices, userName)}
        />
      )}
      <UserNameDialog
        open={askName}
        onDone={(name) => {
          setAskName(false);
          if (name) {
            setUserName(name);
            save(name);
          }
        }}
      />
    </div>
  );
}

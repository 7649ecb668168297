import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Month } from "../../../core/model/types";
import type { LoadedWorkbook, WorkbookPort } from "../../../core/ports";
import { formatDateIt } from "../../../core/text/dates";
import { MonthPicker } from "../../components/MonthPicker";
import { UserNameDialog } from "../../components/UserNameDialog";
import { useWithUser } from "../../state/use-with-user";
import { fmt } from "../../components/format";
import { useMessages } from "../../i18n";
import { usePaneState } from "../../state/pane-store";
import type { WorkbookState } from "../../state/use-workbook";
import { useUserName } from "../../state/user-name";
import { ConflictDialog } from "./ConflictDialog";
import { fieldKey } from "./form";
import { History } from "./History";
import { IndicatorRow } from "./IndicatorRow";
import { PhaseRow, useRowStyles } from "./PhaseRow";
import { ObjectivePicker } from "./Pickers";
import { SaveBar } from "./SaveBar";
import { useRilevazioneForm } from "./use-rilevazione-form";
import { useSave } from "./use-save";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  pickers: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingVerticalXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface RilevazioneFormProps {
  readonly port: WorkbookPort;
  readonly loaded: LoadedWorkbook;
  readonly workbook: WorkbookState;
}

export function RilevazioneForm({ port, loaded, workbook }: RilevazioneFormProps) {
  const styles = useStyles();
  const rowStyles = useRowStyles();
  const messages = useMessages();
  const text = messages.rilevazione;
  const { model } = loaded;
  const [pane, setPane] = usePaneState();
  const [periodo, setPeriodo] = useState<Month>(model.impostazioni.periodoRiferimento);
  const [userName] = useUserName();
  const user = useWithUser();

  const chosen = model.obiettivi.find((o) => o.codice === pane.selectedObjective);
  const codice = chosen?.codice ?? model.obiettivi[0]?.codice ?? "";
  const form = useRilevazioneForm(model, codice, periodo);
  const saving = useSave(port, { periodo, obiettivo: codice }, workbook.reload);
  const closed = model.impostazioni.periodiChiusi.includes(periodo);
  const busy = saving.state.kind === "busy";
  const { edits, errors } = form.built;
  const errorCount = Object.keys(errors).length;
  const dirty = Object.keys(form.form.drafts).length > 0;

  if (!codice) return <Body1>{text.noObjectives}</Body1>;
  const chosenYear =
    model.obiettivi.find((o) => o.codice === codice)?.anno ?? model.impostazioni.anno;
  const fasi = model.fasi.filter((f) => f.obiettivo === codice).sort((a, b) => a.numero - b.numero);
  const indicatori = model.indicatori
    .filter((i) => i.obiettivo === codice)
    .sort((a, b) => a.numero - b.numero);

  const save = () => user.run((name) => void saving.save(edits, name));
  const conflict =
    saving.state.kind === "done" && saving.state.result.kind === "conflict"
      ? saving.state.result.conflicts
      : null;

  return (
    <div className={styles.root}>
      <div className={styles.pickers}>
        <MonthPicker
          year={model.impostazioni.anno}
          value={periodo}
          closed={model.impostazioni.periodiChiusi}
          onChange={setPeriodo}
          label={text.month}
        />
        <ObjectivePicker
          obiettivi={model.obiettivi}
          value={codice}
          onChange={(c) => setPane({ selectedObjective: c })}
        />
      </div>
      {closed && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.monthClosed}</MessageBarBody>
        </MessageBar>
      )}
      {fasi.length > 0 && (
        <section aria-labelledby="phases-title">
          <Subtitle2 as="h2" id="phases-title">
            {fmt(text.phasesTitle, { count: fasi.length })}
          </Subtitle2>
          <ul className={rowStyles.list}>
            {fasi.map((f) => (
              <PhaseRow key={f.numero} fase={f} form={form} disabled={closed || busy} />
            ))}
          </ul>
        </section>
      )}
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
      {indicatori.length > 0 && (
        <section aria-labelledby="indicators-title">
          <Subtitle2 as="h2" id="indicators-title">
            {fmt(text.indicatorsTitle, { count: indicatori.length })}
          </Subtitle2>
          <ul className={rowStyles.list}>
            {indicatori.map((i) => (
              <IndicatorRow
                key={i.numero}
                indicatore={i}
                anno={chosenYear}
                form={form}
                disabled={closed || busy}
              />
            ))}
          </ul>
        </section>
      )}
      {fasi.length + indicatori.length === 0 && <Body1>{text.nothingToEdit}</Body1>}
      <SaveBar
        pending={edits.length}
        errors={errorCount}
        dirty={dirty}
        canSave={!closed && !busy && edits.length > 0 && errorCount === 0}
        busy={busy}
        refreshing={workbook.loading}
        state={saving.state}
        onSave={() => save()}
        onDiscard={form.reset}
        onRefresh={() => void workbook.reload()}
        onDismiss={saving.dismiss}
      >
        {userName && (
          <Caption1 className={styles.muted}>{fmt(text.loggedAs, { name: userName })}</Caption1>
        )}
      </SaveBar>
      <History rows={model.rilevazioni} codice={codice} />
      {conflict && (
        <ConflictDialog
          key={conflict.map((c) => `${c.edit.elemento}${c.edit.numero}${c.edit.campo}`).join()}
          conflicts={conflict}
          onCancel={saving.dismiss}
          onResolve={(choices) => void saving.resolve(choices, userName)}
        />
      )}
      <UserNameDialog {...user.dialog} />
    </div>
  );
}

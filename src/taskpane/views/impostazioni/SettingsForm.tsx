import { useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Month } from "../../../core/model/types";
import type { LoadedWorkbook, WorkbookPort } from "../../../core/ports";
import { ErrorBar } from "../../components/ErrorBar";
import { MonthPicker } from "../../components/MonthPicker";
import { UserNameDialog } from "../../components/UserNameDialog";
import { fmtCount } from "../../components/format";
import { useMessages } from "../../i18n";
import type { WorkbookState } from "../../state/use-workbook";
import {
  EDITABLE,
  settingChanges,
  settingText,
  type EditableDef,
  type EditableSetting,
} from "./settings-form";
import { useWithUser } from "../../state/use-with-user";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface SettingsFormProps {
  readonly port: WorkbookPort;
  readonly loaded: LoadedWorkbook;
  readonly workbook: WorkbookState;
}

type Outcome = { kind: "saved"; count: number } | { kind: "error"; error: unknown } | null;

/** The shared settings, saved key by key into the Impostazioni table. */
export function SettingsForm({ port, loaded, workbook }: SettingsFormProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.impostazioni;
  const imp = loaded.model.impostazioni;
  const [drafts, setDrafts] = useState<Partial<Record<EditableSetting, string>>>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const user = useWithUser();
  const { changes, errors } = settingChanges(imp, drafts);
  const hasErrors = Object.keys(errors).length > 0;

  const save = async (utente: string) => {
    setBusy(true);
    setOutcome(null);
    try {
      for (const [key, value] of changes) await port.saveSetting(key, value, utente);
      setOutcome({ kind: "saved", count: changes.length });
      setDrafts({});
      await workbook.reload();
    } catch (error) {
      setOutcome({ kind: "error", error });
    } finally {
      setBusy(false);
    }
  };

  const draft = (key: EditableDef["key"], value: string) =>
    setDrafts((prev) => ({ ...prev, [key]: value }));

  // one input per setting, by its type: the schema decides what the form shows
  const input = ({ key, type }: EditableDef) => {
    const value = drafts[key] ?? settingText(imp, key);
    if (type === "month") {
      return (
        <MonthPicker
          key={key}
          label={text.fields[key]}
          hint={text.hints[key]}
          year={imp.anno}
          value={value as Month}
          closed={imp.periodiChiusi}
          onChange={(m) => draft(key, m)}
        />
      );
    }
    if (type === "flag") {
      return (
        <Field key={key} hint={text.hints[key]}>
          <Switch
            label={text.fields[key]}
            checked={value === "si"}
            onChange={(_e, d) => draft(key, d.checked ? "si" : "no")}
          />
        </Field>
      );
    }
    const error = errors[key];
    return (
      <Field
        key={key}
        label={text.fields[key]}
        hint={error ? undefined : text.hints[key]}
        validationState={error ? "error" : "none"}
        validationMessage={error ? text.errors[error] : undefined}
      >
        <Input
          value={value}
          inputMode={type === "text" ? "text" : "decimal"}
          onChange={(_e, d) => draft(key, d.value)}
        />
      </Field>
    );
  };

  return (
    <section aria-labelledby="settings-title" className={styles.root}>
      <Subtitle2 as="h2" id="settings-title">
        {text.settingsTitle}
      </Subtitle2>
      {EDITABLE.map(input)}
      <div>
        <Button
          appearance="primary"
          disabled={busy || hasErrors || changes.length === 0}
          onClick={() => user.run((name) => void save(name))}
        >
          {text.save}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={text.saving} />}
      {outcome?.kind === "saved" && (
        <MessageBar intent="success">
          <MessageBarBody>{fmtCount(text.saved, outcome.count)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "error" && <ErrorBar error={outcome.error} title={text.saveFailed} />}
      <UserNameDialog {...user.dialog} />
    </section>
  );
}

import { useState } from "react";
import {
  Button,
  Caption1,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
} from "@fluentui/react-components";
import type { Indicatore } from "../../../core/model/types";
import { fmt, formatNumber } from "../../components/format";
import { useMessages } from "../../i18n";
import { FieldInput } from "./FieldInput";
import { fieldKey, parseField } from "./form";
import { specOf, useRowStyles } from "./PhaseRow";
import { TargetDialog } from "./TargetDialog";
import { useNoteToggle } from "./use-note-toggle";
import type { RilevazioneFormState } from "./use-rilevazione-form";

export interface IndicatorRowProps {
  readonly indicatore: Indicatore;
  /** the plan year, to name the two years before ("2020: 6.670") */
  readonly anno: number;
  readonly form: RilevazioneFormState;
  readonly disabled: boolean;
}

/**
 * Valore raggiunto beside what it is compared with (valore atteso, the two years before),
 * then the note (behind a button). Changing the valore atteso is exceptional: it sits in the "⋯" menu.
 */
export function IndicatorRow({ indicatore, anno, form, disabled }: IndicatorRowProps) {
  const styles = useRowStyles();
  const messages = useMessages();
  const text = messages.rilevazione;
  const [editing, setEditing] = useState(false);
  const n = indicatore.numero;
  const name = fmt(text.indicator, { numero: n });
  const context = `${name}, `;
  const note = useNoteToggle({
    spec: specOf(form.specs, fieldKey("Indicatore", n, "note")),
    form,
    label: text.fields.note,
    context,
    disabled,
  });
  const target = specOf(form.specs, fieldKey("Indicatore", n, "valoreAtteso"));
  const draft = form.form.drafts[target.key];
  const pending = draft !== undefined ? parseField(target.kind, draft) : null;
  const shown = (v: string | number | null) => {
    if (v === null || v === "") return "—";
    if (target.kind === "yesno") return v === 1 ? text.yes : v === 0 ? text.no : String(v);
    return typeof v === "number" ? formatNumber(v, messages.locale) : v;
  };

  return (
    <li className={styles.row}>
      <div className={styles.head}>
        <Text weight="semibold" className={styles.title}>
          {name}
        </Text>
        {note.button}
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button
              size="small"
              appearance="subtle"
              disabled={disabled}
              aria-label={fmt(text.moreActions, { name })}
            >
              ⋯
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => setEditing(true)} aria-label={`${text.targetEdit}, ${name}`}>
                {text.targetEdit}…
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      <Caption1 className={styles.descr}>{indicatore.descrizione}</Caption1>
      {/* sì/no takes the row's width; a number sits beside what it is compared with */}
      <div className={target.kind === "yesno" ? undefined : styles.two}>
        <FieldInput
          spec={specOf(form.specs, fieldKey("Indicatore", n, "valoreRaggiunto"))}
          form={form}
          label={text.fields.valoreRaggiunto}
          context={context}
          disabled={disabled}
        />
        <div>
          <Caption1 block>{fmt(text.targetIs, { value: shown(target.loaded) })}</Caption1>
          <Caption1 block className={styles.muted}>
            {fmt(text.yearValue, { year: anno - 1, value: shown(indicatore.valoreAnnoPrecedente) })}
          </Caption1>
          <Caption1 block className={styles.muted}>
            {fmt(text.yearValue, { year: anno - 2, value: shown(indicatore.valoreDueAnniPrima) })}
          </Caption1>
        </div>
      </div>
      {pending?.ok && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {fmt(text.targetPending, {
              value: shown(pending.value),
              motivazione: form.form.motivazioni[target.key] ?? "",
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              disabled={disabled}
              aria-label={fmt(text.targetUndo, { numero: n })}
              onClick={() => form.clearDraft(target.key)}
            >
              {messages.common.cancel}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {note.field}
      <TargetDialog
        open={editing}
        spec={target}
        onCancel={() => setEditing(false)}
        onConfirm={(value, motivazione) => {
          form.setDraft(target.key, value);
          form.setMotivazione(target.key, motivazione);
          setEditing(false);
        }}
      />
    </li>
  );
}

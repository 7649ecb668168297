import { useState } from "react";
import {
  Body1,
  Text,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Conflict, RilevazioneEdit } from "../../../core/rilevazione/types";
import { fmt } from "../../components/format";
import { useMessages } from "../../i18n";
import { modelValue, textOf, type FieldKind } from "./form";
import type { Choice } from "./use-save";

const useStyles = makeStyles({
  item: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalS,
  },
});

export interface ConflictDialogProps {
  readonly conflicts: readonly Conflict[];
  readonly onResolve: (choices: Choice[]) => void;
  readonly onCancel: () => void;
}

function kindOf(campo: RilevazioneEdit["campo"]): FieldKind {
  if (campo === "inizioEffettiva" || campo === "fineEffettiva") return "date";
  if (campo === "note") return "text";
  return "number";
}

/** A colleague changed some cells since the form was loaded: choose, cell by cell. */
export function ConflictDialog({ conflicts, onResolve, onCancel }: ConflictDialogProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.rilevazione;
  const [choices, setChoices] = useState<Choice[]>(() => conflicts.map(() => "mine"));
  const shown = (campo: RilevazioneEdit["campo"], v: string | number | null) =>
    textOf(kindOf(campo), v) || text.emptyValue;

  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{text.conflictTitle}</DialogTitle>
          <DialogContent>
            <Body1 block>{text.conflictIntro}</Body1>
            {conflicts.map((c, i) => {
              const { elemento, numero, campo } = c.edit;
              const label = `${fmt(elemento === "Fase" ? text.phase : text.indicator, { numero })} · ${text.fields[campo]}`;
              return (
                <div key={`${elemento}-${numero}-${campo}`} className={styles.item}>
                  <Text weight="semibold" block>
                    {label}
                  </Text>
                  <RadioGroup
                    aria-label={label}
                    value={choices[i]}
                    onChange={(_e, d) =>
                      setChoices((prev) => prev.map((x, j) => (j === i ? (d.value as Choice) : x)))
                    }
                  >
                    <Radio
                      value="mine"
                      label={fmt(text.yourValue, { value: shown(campo, c.edit.value) })}
                    />
                    <Radio
                      value="theirs"
                      label={fmt(text.theirValue, {
                        value: shown(campo, modelValue(campo, c.theirs)),
                      })}
                    />
                  </RadioGroup>
                </div>
              );
            })}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onResolve(choices)}>
              {text.conflictConfirm}
            </Button>
            <Button onClick={onCancel}>{messages.common.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

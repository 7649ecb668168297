import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { GeneratedSheet, GenerateReport, WorkbookPort } from "../../../core/ports";
import { ErrorBar } from "../../components/ErrorBar";
import { fmt } from "../../components/format";
import { useMessages, type Messages } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
  },
});

/** "'Scheda 1'!A1": a sheet name quoted as Excel wants it */
export function sheetAddress(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!A1`;
}

/** "2021_S08_20" when the sheet is named after the code, else where the scheda went */
function sheetLabel(s: GeneratedSheet, text: Messages["schede"]): string {
  if (!s.codice) return fmt(text.indexSheet, { sheet: s.sheet });
  return s.sheet === s.codice ? s.codice : fmt(text.inSheet, { codice: s.codice, sheet: s.sheet });
}

/** The sheets just written, each with a button to open it. */
export function GeneratedList({ port, report }: { port: WorkbookPort; report: GenerateReport }) {
  const styles = useStyles();
  const text = useMessages().schede;
  const [failure, setFailure] = useState<unknown>(null);
  const open = (sheet: string) => {
    setFailure(null);
    port.select(sheetAddress(sheet)).catch(setFailure);
  };
  const all = [
    ...(report.indexSheet
      ? [{ codice: "", sheet: report.indexSheet, renamedBecause: undefined }]
      : []),
    ...report.sheets,
  ];
  return (
    <section aria-labelledby="generated-title" className={styles.root}>
      <MessageBar intent="success">
        <MessageBarBody>{fmt(text.done, { count: report.sheets.length })}</MessageBarBody>
      </MessageBar>
      <Subtitle2 as="h2" id="generated-title">
        {text.generatedTitle}
      </Subtitle2>
      {failure != null && <ErrorBar error={failure} title={text.openFailed} />}
      <ul className={styles.list}>
        {all.map((s) => (
          <li key={s.sheet} className={styles.item}>
            <div>
              <Body1 block>{sheetLabel(s, text)}</Body1>
              {s.renamedBecause && (
                <Caption1 block>{fmt(text.renamed, { reason: s.renamedBecause })}</Caption1>
              )}
            </div>
            <Button
              size="small"
              onClick={() => open(s.sheet)}
              aria-label={fmt(text.openSheet, { sheet: s.sheet })}
            >
              {text.open}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

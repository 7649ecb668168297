import { useState } from "react";
import {
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { GenerateReport, WorkbookPort } from "../../../core/ports";
import { ErrorBar } from "../../components/ErrorBar";
import { fmt, shortText } from "../../components/format";
import { useMessages } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  code: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** "'Scheda 1'!A1": a sheet name quoted as Excel wants it */
export function sheetAddress(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!A1`;
}

export interface GeneratedListProps {
  readonly port: WorkbookPort;
  readonly report: GenerateReport;
  /** the objectives' descriptions by code, to say what each scheda is */
  readonly descriptions: ReadonlyMap<string, string>;
}

/** The sheets just written: each code opens its sheet, with a short description under it. */
export function GeneratedList({ port, report, descriptions }: GeneratedListProps) {
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
            <Link
              as="button"
              className={styles.code}
              onClick={() => open(s.sheet)}
              // the visible code or sheet name is part of the spoken name
              aria-label={fmt(text.openSheet, { sheet: s.sheet })}
            >
              {s.codice || s.sheet}
            </Link>
            <Caption1 block>
              {s.codice ? shortText(descriptions.get(s.codice) ?? "", 110) : text.indexHint}
            </Caption1>
            {s.codice && s.sheet !== s.codice && (
              <Caption1 block className={styles.muted}>
                {fmt(text.inSheetOnly, { sheet: s.sheet })}
                {s.renamedBecause && ` ${fmt(text.renamed, { reason: s.renamedBecause })}`}
              </Caption1>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

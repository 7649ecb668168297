import { useMemo, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { LoadedWorkbook, WorkbookPort } from "../../../core/ports";
import type { Problem } from "../../../core/verifica/problem";
import { ErrorBar } from "../../components/ErrorBar";
import { fmt, fmtCount } from "../../components/format";
import { useMessages } from "../../i18n";
import { useAnalysis } from "../../state/analysis";
import type { WorkbookState } from "../../state/use-workbook";
import { groupProblems } from "./groups";
import { ProblemItem } from "./ProblemItem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyle: "none", margin: 0, padding: 0 },
});

export interface ProblemsReportProps {
  readonly port: WorkbookPort;
  readonly loaded: LoadedWorkbook;
  readonly workbook: WorkbookState;
}

export function ProblemsReport({ port, loaded, workbook }: ProblemsReportProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.verifica;
  const { problems } = useAnalysis(loaded);
  const groups = useMemo(() => groupProblems(problems), [problems]);
  const [failure, setFailure] = useState<unknown>(null);
  const [fixing, setFixing] = useState(false);
  const errors = groups.find((g) => g.severity === "error")?.count ?? 0;
  const warnings = groups.find((g) => g.severity === "warning")?.count ?? 0;

  const act = async (work: () => Promise<void>) => {
    setFailure(null);
    try {
      await work();
    } catch (e) {
      setFailure(e);
    }
  };
  const select = (cell: string) => act(() => port.select(cell));
  const fix = (p: Problem) =>
    act(async () => {
      if (!p.cell || !p.fix) return;
      setFixing(true);
      try {
        await port.writeCell(p.cell, p.fix.value);
        await workbook.reload(); // check again on what the workbook now holds
      } finally {
        setFixing(false);
      }
    });

  return (
    <div className={styles.root}>
      <div>
        <Button onClick={() => void workbook.reload()} disabled={workbook.loading}>
          {text.recheck}
        </Button>
      </div>
      {(workbook.loading || fixing) && (
        <Spinner size="tiny" label={fixing ? text.fixing : messages.common.reading} />
      )}
      <Subtitle2 as="h2" aria-live="polite">
        {fmtCount(text.errors, errors)}, {fmtCount(text.warnings, warnings)}
      </Subtitle2>
      {failure != null && <ErrorBar error={failure} title={text.actionFailed} />}
      {groups.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{text.allGood}</MessageBarBody>
        </MessageBar>
      ) : (
        <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.severity)}>
          {groups.map((g) => (
            <AccordionItem key={g.severity} value={g.severity}>
              <AccordionHeader as="h3">
                {fmt(g.severity === "error" ? text.errorsHeader : text.warningsHeader, {
                  count: g.count,
                })}
              </AccordionHeader>
              <AccordionPanel>
                <Accordion multiple collapsible>
                  {g.groups.map((o) => (
                    <AccordionItem key={o.objective ?? ""} value={o.objective ?? ""}>
                      <AccordionHeader as="h4" size="small">
                        {fmt(o.objective ? text.objectiveHeader : text.generalHeader, {
                          codice: o.objective ?? "",
                          count: o.problems.length,
                        })}
                      </AccordionHeader>
                      <AccordionPanel>
                        <ul className={styles.list}>
                          {o.problems.map((p, i) => (
                            <ProblemItem
                              key={`${p.rule}-${p.cell ?? i}`}
                              problem={p}
                              onSelect={select}
                              onFix={fix}
                              busy={fixing}
                            />
                          ))}
                        </ul>
                      </AccordionPanel>
                    </AccordionItem>
                  ))}
                </Accordion>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </div>
  );
}

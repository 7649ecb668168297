import { useCallback, useState } from "react";
import {
  Body1,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { RelazioneReport, WorkbookPort } from "../../../core/ports";
import { ErrorBar } from "../../components/ErrorBar";
import { fmt, fmtCount, formatPercent } from "../../components/format";
import { useMessages } from "../../i18n";
import { useStoppable } from "../../state/use-stoppable";
import { sheetAddress } from "./GeneratedList";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  /** buttons and links as wide as their text; messages as wide as the pane */
  start: { alignSelf: "flex-start" },
});

const never = () => false;

/**
 * «Genera relazione»: the printable Relazione with its native charts, written into the
 * workbook (our earlier one replaced), then a link to open it.
 */
export function RelazioneSection({ port }: { readonly port: WorkbookPort }) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.relazione;
  const run = useCallback(() => port.generateRelazione(), [port]);
  const { state, start } = useStoppable<void, RelazioneReport>(run, never);
  const [failure, setFailure] = useState<unknown>(null);
  const running = state.kind === "running";
  const open = (sheet: string) => {
    setFailure(null);
    port.select(sheetAddress(sheet)).catch(setFailure);
  };

  return (
    <section aria-labelledby="relazione-title" className={styles.root}>
      <Subtitle2 as="h2" id="relazione-title">
        {text.title}
      </Subtitle2>
      <Body1>{text.intro}</Body1>
      <Button
        className={styles.start}
        disabled={running}
        onClick={() => {
          setFailure(null);
          void start(undefined, 1);
        }}
      >
        {text.generate}
      </Button>
      {running && <Spinner className={styles.start} size="tiny" label={text.running} />}
      {state.kind === "error" && <ErrorBar error={state.error} title={text.failed} />}
      {state.kind === "done" && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>
              {fmt(text.done, {
                sheet: state.report.sheet,
                objectives: fmtCount(text.objectives, state.report.objectives),
                charts: fmtCount(text.charts, state.report.charts),
              })}{" "}
              {fmt(text.figures, {
                mean:
                  state.report.overall === null
                    ? text.notMeasured
                    : formatPercent(state.report.overall, messages.locale),
                deviations: state.report.deviations,
              })}
            </MessageBarBody>
          </MessageBar>
          {state.report.nameTaken && (
            <Body1>{fmt(text.nameTaken, { name: state.report.nameTaken })}</Body1>
          )}
          <Link as="button" className={styles.start} onClick={() => open(state.report.sheet)}>
            {fmt(messages.schede.openSheet, { sheet: state.report.sheet })}
          </Link>
          {failure != null && <ErrorBar error={failure} title={messages.schede.openFailed} />}
        </>
      )}
    </section>
  );
}

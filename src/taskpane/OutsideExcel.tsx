import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Messages } from "./i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: "40em",
  },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
});

export interface OutsideExcelProps {
  readonly messages: Messages;
  /** office.js itself could not be loaded (no network, blocked address) */
  readonly officeMissing?: boolean;
}

/** Shown when the page is opened outside Excel: how to open the pane where it works. */
export function OutsideExcel({ messages, officeMissing = false }: OutsideExcelProps) {
  const styles = useStyles();
  const text = messages.outside;
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <header className={styles.header}>
          <img src="assets/icon-64.png" alt="" width={40} height={40} />
          <Title2 as="h1">{text.title}</Title2>
        </header>
        {officeMissing && (
          <MessageBar intent="warning">
            <MessageBarBody>{text.officeMissing}</MessageBarBody>
          </MessageBar>
        )}
        <Body1>{text.intro}</Body1>
        <Subtitle2 as="h2">{text.webTitle}</Subtitle2>
        <ol className={styles.steps}>
          {text.webSteps.map((step) => (
            <li key={step}>
              <Body1>{step}</Body1>
            </li>
          ))}
        </ol>
        <Subtitle2 as="h2">{text.desktopTitle}</Subtitle2>
        <ul className={styles.steps}>
          {text.desktopSteps.map((step) => (
            <li key={step}>
              <Body1>{step}</Body1>
            </li>
          ))}
        </ul>
        <Body1>{text.requirements}</Body1>
      </main>
    </FluentProvider>
  );
}

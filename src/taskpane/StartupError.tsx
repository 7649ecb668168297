import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
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
  },
});

/** Shown when the pane cannot start inside Excel: says what to do and what went wrong. */
export function StartupError({ messages, detail }: { messages: Messages; detail: string }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{messages.startupError.title}</MessageBarTitle>
            {messages.startupError.hint}
          </MessageBarBody>
        </MessageBar>
        <Body1 as="p">{detail}</Body1>
      </main>
    </FluentProvider>
  );
}

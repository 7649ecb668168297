import { Suspense, useEffect, useState, useSyncExternalStore, type ComponentType } from "react";
import {
  FluentProvider,
  Spinner,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { WorkbookPort } from "../core/ports";
import { SectionTabs } from "./components/SectionTabs";
import { TypingWatch } from "./components/TypedValues";
import { MessagesProvider, type Messages } from "./i18n";
import { usePaneState } from "./state/pane-store";
import type { ThemeSource } from "./theme";
import { VIEWS } from "./views/registry";
import { isTab, type FileReaders, type ViewId, type ViewProps } from "./views/types";

export interface AppProps {
  readonly port: WorkbookPort;
  /** the readers of the files chosen in Importa and Raccogli file */
  readonly readers: FileReaders;
  readonly messages: Messages;
  readonly theme: ThemeSource;
  /** the component of each section; the real views unless a test gives its own */
  readonly views?: Record<ViewId, ComponentType<ViewProps>>;
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalS,
    boxSizing: "border-box",
  },
  // one small line: Excel already shows the add-in's name above the pane
  title: {
    margin: 0,
    color: tokens.colorNeutralForeground3,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  panel: { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
});

/** The task pane: a one-line title, the five sections as tabs, the selected section below. */
export function App({ port, readers, messages, theme, views = VIEWS }: AppProps) {
  const mode = useSyncExternalStore(theme.subscribe, theme.current);
  return (
    <FluentProvider theme={mode === "dark" ? webDarkTheme : webLightTheme}>
      <MessagesProvider value={messages}>
        <Shell port={port} readers={readers} messages={messages} views={views} />
      </MessagesProvider>
    </FluentProvider>
  );
}

interface ShellProps {
  readonly port: WorkbookPort;
  readonly readers: FileReaders;
  readonly messages: Messages;
  readonly views: Record<ViewId, ComponentType<ViewProps>>;
}

function Shell({ port, readers, messages, views }: ShellProps) {
  const styles = useStyles();
  const [view, setView] = useState<ViewId>("cruscotto");
  const [pane, setPane] = usePaneState();
  // a view may ask for another section (Cruscotto opens an objective in Rilevazione mensile)
  useEffect(() => {
    if (pane.requestedView) {
      setView(pane.requestedView);
      setPane({ requestedView: null });
    }
  }, [pane.requestedView, setPane]);
  const View = views[view];
  return (
    <main className={styles.root}>
      <Text as="h1" size={200} weight="semibold" className={styles.title}>
        {messages.appTitle}
      </Text>
      <SectionTabs view={view} onSelect={setView} />
      <TypingWatch port={port} />
      <section
        className={styles.panel}
        id={`panel-${view}`}
        // a section reached from the "⋯" menu has no tab to be the panel of
        {...(isTab(view)
          ? { role: "tabpanel", "aria-labelledby": `tab-${view}` }
          : { role: "region", "aria-label": messages.views[view] })}
      >
        <Suspense fallback={<Spinner size="small" label={messages.loading} />}>
          <View port={port} {...readers} />
        </Suspense>
      </section>
    </main>
  );
}

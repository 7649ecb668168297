import { Suspense, useEffect, useState, useSyncExternalStore, type ComponentType } from "react";
import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Title2,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { WorkbookPort } from "../core/ports";
import { MessagesProvider, type Messages } from "./i18n";
import { usePaneState } from "./state/pane-store";
import type { ThemeSource } from "./theme";
import { VIEWS } from "./views/registry";
import { VIEW_IDS, type ViewId, type ViewProps } from "./views/types";

export interface AppProps {
  readonly port: WorkbookPort;
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
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
  },
  // the pane is narrow (about 320 px): tabs wrap instead of hiding behind a scroll
  tabs: { flexWrap: "wrap" },
  panel: { paddingTop: tokens.spacingVerticalS },
});

/** The task pane: title, the five sections as tabs, the selected section below. */
export function App({ port, messages, theme, views = VIEWS }: AppProps) {
  const mode = useSyncExternalStore(theme.subscribe, theme.current);
  return (
    <FluentProvider theme={mode === "dark" ? webDarkTheme : webLightTheme}>
      <MessagesProvider value={messages}>
        <Shell port={port} messages={messages} views={views} />
      </MessagesProvider>
    </FluentProvider>
  );
}

interface ShellProps {
  readonly port: WorkbookPort;
  readonly messages: Messages;
  readonly views: Record<ViewId, ComponentType<ViewProps>>;
}

function Shell({ port, messages, views }: ShellProps) {
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
      <Title2 as="h1">{messages.appTitle}</Title2>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={view}
        onTabSelect={(_event, data) => setView(data.value as ViewId)}
        aria-label={messages.sectionsLabel}
      >
        {VIEW_IDS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {messages.views[id]}
          </Tab>
        ))}
      </TabList>
      <section
        className={styles.panel}
        role="tabpanel"
        id={`panel-${view}`}
        aria-labelledby={`tab-${view}`}
      >
        <Suspense fallback={<Spinner size="small" label={messages.loading} />}>
          <View port={port} />
        </Suspense>
      </section>
    </main>
  );
}

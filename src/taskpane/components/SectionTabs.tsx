import { Suspense, lazy } from "react";
import {
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMessages } from "../i18n";
import { VIEW_IDS, type ViewId } from "../views/types";

// one row whatever the pane's width (320–450 px): the tabs that do not fit move into a menu
const useStyles = makeStyles({
  tabs: { flexWrap: "nowrap", minWidth: 0, overflow: "hidden" },
  // a little less room around each label than Fluent's small tab: all five fit from about 370 px
  tab: {
    flexShrink: 0,
    paddingInline: tokens.spacingHorizontalXS,
    "& .fui-Tab__content": { paddingInline: tokens.spacingHorizontalXXS },
  },
});

// the menu (and its positioning code) is loaded after the first render, outside the first
// download of the pane
const MoreSections = lazy(() => import("./MoreSections"));

export interface SectionTabsProps {
  readonly view: ViewId;
  readonly onSelect: (view: ViewId) => void;
}

/**
 * The five sections as a small tab list on one row. Arrow keys move between tabs, Enter or
 * Space opens one; tabs hidden for lack of room are listed in the "⋯" menu at the end.
 */
export function SectionTabs({ view, onSelect }: SectionTabsProps) {
  const styles = useStyles();
  const messages = useMessages();
  return (
    <Overflow minimumVisible={2} padding={8}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={view}
        onTabSelect={(_event, data) => onSelect(data.value as ViewId)}
        aria-label={messages.sectionsLabel}
      >
        {VIEW_IDS.map((id) => {
          const short = messages.tabs[id];
          const full = messages.views[id];
          return (
            // the open section never goes into the menu
            <OverflowItem key={id} id={id} priority={id === view ? 2 : 1}>
              <Tab
                className={styles.tab}
                value={id}
                id={`tab-${id}`}
                aria-controls={`panel-${id}`}
                // the short label starts the full name (label in name)
                aria-label={short === full ? undefined : full}
              >
                {short}
              </Tab>
            </OverflowItem>
          );
        })}
        <Suspense fallback={null}>
          <MoreSections onSelect={onSelect} />
        </Suspense>
      </TabList>
    </Overflow>
  );
}

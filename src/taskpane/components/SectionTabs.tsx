import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { fmt } from "./format";
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
  more: { minWidth: "auto", flexShrink: 0 },
});

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
        <MoreSections onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}

function MoreSections({ onSelect }: { onSelect: (view: ViewId) => void }) {
  const styles = useStyles();
  const messages = useMessages();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu hasIcons={false}>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          className={styles.more}
          size="small"
          appearance="transparent"
          // a tab list may only hold tabs: the menu button is announced as one
          role="tab"
          aria-selected={false}
          aria-label={fmt(messages.moreSections, { count: overflowCount })}
        >
          ⋯
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {VIEW_IDS.map((id) => (
            <HiddenSection key={id} id={id} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenSection({ id, onSelect }: { id: ViewId; onSelect: (view: ViewId) => void }) {
  const messages = useMessages();
  const visible = useIsOverflowItemVisible(id);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(id)}>{messages.views[id]}</MenuItem>;
}

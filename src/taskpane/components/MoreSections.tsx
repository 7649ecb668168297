import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { fmt } from "./format";
import { useMessages } from "../i18n";
import { SECONDARY_VIEW_IDS, VIEW_IDS, type ViewId } from "../views/types";

const useStyles = makeStyles({ more: { minWidth: "auto", flexShrink: 0 } });

/**
 * The "⋯" tab at the end of the section tabs: the sections that did not fit, by full name,
 * then the sections used now and then (Importa), which are never a tab.
 */
export default function MoreSections({ onSelect }: { onSelect: (view: ViewId) => void }) {
  const styles = useStyles();
  const messages = useMessages();
  // always there: it holds the secondary sections even when every tab fits
  const { ref, overflowCount } = useOverflowMenu<HTMLButtonElement>();
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
          aria-label={fmt(messages.moreSections, {
            count: overflowCount + SECONDARY_VIEW_IDS.length,
          })}
        >
          ⋯
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {VIEW_IDS.map((id) => (
            <HiddenSection key={id} id={id} onSelect={onSelect} />
          ))}
          {SECONDARY_VIEW_IDS.map((id) => (
            <MenuItem key={id} onClick={() => onSelect(id)}>
              {messages.views[id]}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenSection({ id, onSelect }: { id: ViewId; onSelect: (view: ViewId) => void }) {
  // a tab's id: only tabs take part in the overflow
  const messages = useMessages();
  const visible = useIsOverflowItemVisible(id);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(id)}>{messages.views[id]}</MenuItem>;
}

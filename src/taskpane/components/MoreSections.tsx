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
import { VIEW_IDS, type ViewId } from "../views/types";

const useStyles = makeStyles({ more: { minWidth: "auto", flexShrink: 0 } });

/** The "⋯" tab at the end of the section tabs: the sections that did not fit, by full name. */
export default function MoreSections({ onSelect }: { onSelect: (view: ViewId) => void }) {
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

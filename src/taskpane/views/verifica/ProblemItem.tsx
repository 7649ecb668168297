import {
  Badge,
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Problem } from "../../../core/verifica/problem";
import { fmt } from "../../components/format";
import { useMessages } from "../../i18n";
import { plainMessage, type Entry } from "./plain";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ProblemItemProps {
  readonly problem: Entry;
  readonly onSelect: (cell: string) => void;
  readonly onFix: (problem: Problem) => void;
  readonly busy: boolean;
}

/** One problem: severity in words, the message in plain words, the cell as a link, the fix. */
export function ProblemItem({ problem, onSelect, onFix, busy }: ProblemItemProps) {
  const styles = useStyles();
  const text = useMessages().verifica;
  const error = problem.severity === "error";
  return (
    <li className={styles.item}>
      <Badge appearance="tint" color={error ? "danger" : "warning"}>
        {error ? text.error : text.warning}
      </Badge>
      <Body1>{plainMessage(problem)}</Body1>
      {problem.also.map((p) => (
        <Body1 key={p.rule}>{plainMessage(p)}</Body1>
      ))}
      <div className={styles.actions}>
        {problem.cell && (
          <Link as="button" onClick={() => onSelect(problem.cell ?? "")}>
            {fmt(text.goTo, { cell: problem.cell })}
          </Link>
        )}
        {problem.column && (
          <Caption1 className={styles.muted}>
            {fmt(text.column, { column: problem.column })}
          </Caption1>
        )}
      </div>
      {problem.cell && problem.fix && (
        <Button
          size="small"
          appearance="primary"
          disabled={busy}
          onClick={() => onFix(problem)}
          aria-label={fmt(text.fixIn, { label: problem.fix.label, cell: problem.cell })}
        >
          {problem.fix.label}
        </Button>
      )}
    </li>
  );
}

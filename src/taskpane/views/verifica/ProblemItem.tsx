import { Badge, Body1, Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Problem } from "../../../core/verifica/problem";
import { fmt } from "../../components/format";
import { useMessages } from "../../i18n";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
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
});

export interface ProblemItemProps {
  readonly problem: Problem;
  readonly onSelect: (cell: string) => void;
  readonly onFix: (problem: Problem) => void;
  readonly busy: boolean;
}

/** One problem: severity in words, the message, the cell (click to go there), the fix. */
export function ProblemItem({ problem, onSelect, onFix, busy }: ProblemItemProps) {
  const styles = useStyles();
  const text = useMessages().verifica;
  const error = problem.severity === "error";
  return (
    <li className={styles.item}>
      <div>
        <Badge appearance="tint" color={error ? "danger" : "warning"}>
          {error ? text.error : text.warning}
        </Badge>
      </div>
      <Body1>{problem.message}</Body1>
      <div className={styles.actions}>
        {problem.cell && (
          <Link as="button" onClick={() => onSelect(problem.cell ?? "")}>
            {fmt(text.goTo, { cell: problem.cell })}
          </Link>
        )}
        {problem.cell && problem.fix && (
          <Button
            size="small"
            appearance="primary"
            disabled={busy}
            onClick={() => onFix(problem)}
            aria-label={`${text.fix}: ${problem.fix.label} (${problem.cell})`}
          >
            {text.fix}: {problem.fix.label}
          </Button>
        )}
      </div>
    </li>
  );
}

/** A labelled native file input: Fluent has no file picker, and Field labels Fluent controls only. */
import { Label, makeStyles, tokens, useId } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  input: { maxWidth: "100%" },
});

export interface FilePickerProps {
  readonly label: string;
  /** the file kinds offered by the system's dialog (extensions and MIME types) */
  readonly accept: string;
  readonly multiple?: boolean;
  readonly disabled?: boolean;
  readonly onFiles: (files: readonly File[]) => void;
}

export function FilePicker({ label, accept, multiple, disabled, onFiles }: FilePickerProps) {
  const styles = useStyles();
  const id = useId("file");
  return (
    <div className={styles.root}>
      <Label htmlFor={id}>{label}</Label>
      <input
        id={id}
        className={styles.input}
        type="file"
        multiple={multiple}
        accept={accept}
        disabled={disabled}
        onChange={(e) => onFiles([...(e.currentTarget.files ?? [])])}
      />
    </div>
  );
}

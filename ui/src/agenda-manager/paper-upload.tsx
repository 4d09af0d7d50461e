import { useId, useState, type ChangeEvent } from "react";
import { Label, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  allowedPaperExtensions,
  maxPaperBytes,
  type AgendaItemView,
  type UploadPaperView,
} from "@convenor/shared";
import { messageOf } from "../components/error-banner.js";
import { paperRefusal } from "./agenda-messages.js";
import { VisuallyHidden } from "./visually-hidden.js";

const useStyles = makeStyles({
  upload: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  limits: { color: tokens.colorNeutralForeground2 },
  problem: { color: tokens.colorPaletteRedForeground1, flexBasis: "100%" },
});

const accept = allowedPaperExtensions.map((extension) => `.${extension}`).join(",");
const limits = `${allowedPaperExtensions.map((extension) => extension.toUpperCase()).join(", ")}; at most ${
  maxPaperBytes / (1024 * 1024)
} MB.`;

/**
 * Files a paper for a case item as soon as one is chosen. The size and type are checked here with the
 * server's own rule first, so a file the library would refuse is not sent; the server's refusal is shown too.
 */
export function PaperUpload(props: {
  item: AgendaItemView;
  upload: (file: File) => Promise<UploadPaperView>;
  onFiled: (filed: UploadPaperView) => void;
}) {
  const styles = useStyles();
  const id = useId();
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const refused = paperRefusal(file);
    if (refused) {
      setProblem(`${file.name}: ${messageOf(refused)}`);
      input.value = "";
      return;
    }
    setProblem(null);
    setUploading(true);
    props
      .upload(file)
      .then(props.onFiled, (error: unknown) => setProblem(`${file.name}: ${messageOf(error)}`))
      .finally(() => {
        setUploading(false);
        input.value = "";
      });
  };

  return (
    <div className={styles.upload}>
      <Label htmlFor={id} size="small">
        Add a paper<VisuallyHidden> to {props.item.title}</VisuallyHidden>
      </Label>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={uploading}
        aria-describedby={problem ? `${id}-limits ${id}-problem` : `${id}-limits`}
        onChange={choose}
      />
      <Text id={`${id}-limits`} size={200} className={styles.limits}>
        {limits}
      </Text>
      {uploading && <Spinner size="extra-tiny" label="Uploading…" labelPosition="after" />}
      {problem && (
        <Text id={`${id}-problem`} role="alert" size={200} className={styles.problem}>
          {problem}
        </Text>
      )}
    </div>
  );
}

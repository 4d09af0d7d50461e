import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { AgendaItemView, PaperView } from "@convenor/shared";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "grid", gap: tokens.spacingVerticalS },
  title: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2, display: "block" },
  papers: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface AgendaViewProps {
  items: AgendaItemView[];
  /** Opens a paper through Convenor (which records the read); papers are never plain links. */
  onOpenPaper: (paper: PaperView) => void;
}

/** The agenda in order: each item's reference, time slot and presenter, and its papers. */
export function AgendaView({ items, onOpenPaper }: AgendaViewProps) {
  const styles = useStyles();
  if (items.length === 0) return <p>The agenda has no items yet.</p>;
  const sorted = [...items].sort((a, b) => a.position - b.position);
  return (
    <ol className={styles.list} aria-label="Agenda">
      {sorted.map((item) => (
        <li key={item.id}>
          <span className={styles.title}>{item.title}</span>
          <span className={styles.detail}>
            {[
              item.reference && item.reference !== item.title ? item.reference : null,
              item.slotMinutes ? `${item.slotMinutes} minutes` : "No time slot",
              item.presenter ? `Presenter: ${item.presenter.displayName}` : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </span>
          {item.papers.length > 0 && (
            <ul className={styles.papers} aria-label={`Papers for ${item.title}`}>
              {item.papers.map((paper) => (
                <li key={paper.id}>
                  <Link as="button" onClick={() => onOpenPaper(paper)}>
                    {paper.name}
                  </Link>
                  {paper.late ? " (late)" : ""}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

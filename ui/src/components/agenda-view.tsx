import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { AgendaItemView } from "../api/scheduling-types.js";
import { formatTime } from "../format/dates.js";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "grid", gap: tokens.spacingVerticalS },
  title: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2, display: "block" },
  papers: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface AgendaViewProps {
  items: AgendaItemView[];
}

/** The agenda in order: each item's time or slot, presenter, and its papers as Convenor links. */
export function AgendaView({ items }: AgendaViewProps) {
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
              item.startsAt ? formatTime(item.startsAt) : null,
              item.slotMinutes ? `${item.slotMinutes} minutes` : "Not presented",
              item.presenter ? `Presenter: ${item.presenter}` : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </span>
          {item.papers.length > 0 && (
            <ul className={styles.papers} aria-label={`Papers for ${item.title}`}>
              {item.papers.map((paper) => (
                <li key={paper.id}>
                  <Link href={paper.url} target="_blank" rel="noreferrer">
                    {paper.title}
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

import { useEffect, useState } from "react";
import {
  Button,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { UnreadPapersView } from "@convenor/shared";
import { ErrorBanner } from "../components/error-banner.js";

type Loaded =
  { status: "loading" } | { status: "failed"; error: unknown } | { status: "ready"; view: UnreadPapersView };

/**
 * For the chair: each paper of the meeting and who may read it but has not opened it through Convenor.
 * Loaded again when the papers change, and on request (reads happen elsewhere).
 */
export function UnreadPapers(props: {
  load: () => Promise<UnreadPapersView>;
  /** Changes when the meeting's papers change. */
  papersKey: string;
}) {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  useEffect(() => {
    let current = true;
    // A check again keeps the table shown until the new answer replaces it.
    setLoaded((previous) => (previous.status === "ready" ? previous : { status: "loading" }));
    props.load().then(
      (view) => current && setLoaded({ status: "ready", view }),
      (error: unknown) => current && setLoaded({ status: "failed", error }),
    );
    return () => {
      current = false;
    };
    // `load` is a new function each render; the papers (or a request to check again) decide a reload.
  }, [props.papersKey, attempt]);

  return (
    <>
      <div>
        <Button size="small" onClick={() => setAttempt((n) => n + 1)}>
          Check again
        </Button>
      </div>
      {loaded.status === "loading" && (
        <Spinner size="tiny" label="Finding who has not read the papers…" labelPosition="after" />
      )}
      {loaded.status === "failed" && <ErrorBanner error={loaded.error} />}
      {loaded.status === "ready" && <UnreadTable view={loaded.view} />}
    </>
  );
}

function UnreadTable({ view }: { view: UnreadPapersView }) {
  if (view.papers.length === 0) return <Text>No papers yet.</Text>;
  return (
    <Table aria-label="Papers not read yet" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Paper</TableHeaderCell>
          <TableHeaderCell scope="col">Agenda item</TableHeaderCell>
          <TableHeaderCell scope="col">Not opened by</TableHeaderCell>
          <TableHeaderCell scope="col">Opened by</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {view.papers.map(({ paper, itemTitle, notRead, readCount }) => (
          <TableRow key={paper.id}>
            <TableCell>{paper.name}</TableCell>
            <TableCell>{itemTitle}</TableCell>
            <TableCell>
              {notRead.length === 0 ? "Everyone has read it" : notRead.map((p) => p.displayName).join(", ")}
            </TableCell>
            <TableCell>{readCount === 1 ? "1 person" : `${readCount} people`}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

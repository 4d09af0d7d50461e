import { useState, type FormEvent, type ReactNode } from "react";
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { ukDateLabel, type Me, type WhoSawReport } from "@convenor/shared";
import { formatDay, formatTime, messageOf } from "@convenor/ui";
import { dataProtectionApi } from "../api/data-protection.js";
import { auditActionLabel } from "../components/audit-action-label.js";
import { Page, Section } from "../components/page.js";
import { TableCaption } from "../components/table-caption.js";
import { panelsIChair, useTab } from "../tab-context.js";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "40rem" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  table: { borderCollapse: "collapse", width: "100%" },
  // The section spaces its parts; a paragraph's or list's own margins would double it.
  flush: { margin: 0 },
  cell: {
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Data protection (004 Confidentiality): find a child by case reference or child id (sent in a request body,
 * never the address), see who saw their record, record a suspected breach; the data protection officer also
 * downloads the subject access archive. A panel's chair sees their panels' children and part only: the use
 * cases decide, and the page says so.
 */
export default function DataProtectionView(): ReactNode {
  const styles = useStyles();
  const { api, me } = useTab();
  const officer = me.person.dataProtectionOfficer;
  const [query, setQuery] = useState("");
  const [childId, setChildId] = useState<string | null>(null);
  const [from, setFrom] = useState(isoDay(new Date(Date.now() - 30 * 86_400_000)));
  const [to, setTo] = useState(isoDay(new Date()));
  const [report, setReport] = useState<WhoSawReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  const find = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setReport(null);
      const found = await dataProtectionApi.findChild(api, query.trim());
      setChildId(found.childId);
      setReport(await dataProtectionApi.whoSaw(api, found.childId, from, to));
    });
  };

  const download = () =>
    childId &&
    void run(async () => {
      const blob = await dataProtectionApi.subjectAccess(api, childId);
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = `subject-access-${childId}.zip`;
      link.click();
      URL.revokeObjectURL(link.href);
    });

  return (
    <Page title="Data protection">
      <WhatYouSee me={me} />
      <form className={styles.form} onSubmit={find} aria-label="Find a child">
        <Field
          label="Case reference or child id"
          required
          hint="For example ISG-2026-0001 or c-08. Never a name."
        >
          <Input value={query} maxLength={64} onChange={(_e, data) => setQuery(data.value)} />
        </Field>
        <div className={styles.row}>
          <Field label="From">
            <Input type="date" value={from} onChange={(_e, data) => setFrom(data.value)} />
          </Field>
          <Field label="To">
            <Input type="date" value={to} onChange={(_e, data) => setTo(data.value)} />
          </Field>
          <Button type="submit" appearance="primary" disabled={busy || query.trim() === ""}>
            Who saw this child
          </Button>
        </div>
      </form>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {report && childId && (
        <>
          <WhoSawTable report={report} />
          {officer && (
            <div>
              <Button onClick={download} disabled={busy}>
                Download subject access archive (.zip)
              </Button>
            </div>
          )}
          <BreachForm childId={childId} from={from} to={to} />
        </>
      )}
    </Page>
  );
}

/** The scope the signed-in person has here, from who they are (the `me` the tab already holds). */
function WhatYouSee(props: { me: Me }): ReactNode {
  const styles = useStyles();
  if (props.me.person.dataProtectionOfficer) {
    return (
      <p>
        As the data protection officer you see every access to any child&apos;s record, download subject
        access archives and record suspected breaches.
      </p>
    );
  }
  const chaired = panelsIChair(props.me);
  if (chaired.length === 0) {
    return <p>This page is for the data protection officer and the chairs of panels.</p>;
  }
  return (
    <Section id="your-scope" title="What you see as a chair">
      <p className={styles.flush}>You chair:</p>
      <ul className={styles.flush}>
        {chaired.map((panel) => (
          <li key={panel.panelId}>{panel.panelName}</li>
        ))}
      </ul>
      <p className={styles.flush}>
        For a child referred to, or on an agenda of, one of these panels you see who saw their record at these
        panels (not at other panels), and you can record a suspected breach. The data protection officer sees
        every panel&apos;s part and makes subject access exports.
      </p>
    </Section>
  );
}

function WhoSawTable(props: { report: WhoSawReport }): ReactNode {
  const styles = useStyles();
  const { report } = props;
  const where = report.scope === "panels" ? " at the panels you chair" : "";
  return (
    <Section
      id="who-saw"
      title={`Who saw child ${report.childId}${where}, ${ukDateLabel(report.from)} to ${ukDateLabel(report.to)}`}
    >
      {report.truncated && <p>More accesses than shown: narrow the period.</p>}
      <table className={styles.table}>
        <TableCaption>{report.rows.length} accesses</TableCaption>
        <thead>
          <tr>
            {["When", "Who", "What", "From"].map((title) => (
              <th key={title} scope="col" className={styles.cell}>
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row, index) => (
            <tr key={`${row.at}-${index}`}>
              <td className={styles.cell}>{`${formatDay(row.at)}, ${formatTime(row.at)}`}</td>
              <td className={styles.cell}>{row.personName}</td>
              <td className={styles.cell} title={row.action}>
                {auditActionLabel(row.action)}
              </td>
              <td className={styles.cell}>{row.surface}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function BreachForm(props: { childId: string; from: string; to: string }): ReactNode {
  const styles = useStyles();
  const { api } = useTab();
  const [whatHappened, setWhatHappened] = useState("");
  const [reportedBy, setReportedBy] = useState("");
  const [discoveredOn, setDiscoveredOn] = useState(isoDay(new Date()));
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await dataProtectionApi.recordBreach(api, props.childId, {
        whatHappened: whatHappened.trim(),
        reportedBy: reportedBy.trim(),
        discoveredOn,
        from: props.from,
        to: props.to,
      });
      setOutcome({ ok: true, text: "Suspected breach recorded, with who saw the child in the period." });
    } catch (caught) {
      setOutcome({ ok: false, text: messageOf(caught) });
    }
  }

  return (
    <Section id="breach" title="Record a suspected breach">
      <form className={styles.form} onSubmit={(event) => void submit(event)}>
        <Field label="What happened" required>
          <Textarea value={whatHappened} maxLength={4000} onChange={(_e, d) => setWhatHappened(d.value)} />
        </Field>
        <Field label="Reported by" required>
          <Input value={reportedBy} maxLength={200} onChange={(_e, d) => setReportedBy(d.value)} />
        </Field>
        <Field label="Discovered on" required>
          <Input type="date" value={discoveredOn} onChange={(_e, d) => setDiscoveredOn(d.value)} />
        </Field>
        {outcome && (
          <MessageBar intent={outcome.ok ? "success" : "error"} layout="multiline">
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        )}
        <div>
          <Button
            type="submit"
            appearance="primary"
            disabled={whatHappened.trim() === "" || reportedBy.trim() === ""}
          >
            Record suspected breach
          </Button>
        </div>
      </form>
    </Section>
  );
}

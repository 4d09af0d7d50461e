import { useEffect, useMemo, useState, type ReactNode } from "react";
import { Button, Field, Input, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import {
  annualReportPeriod,
  reportCsv,
  reportKinds,
  reportKindsFor,
  type Report,
  type ReportKind,
  type ReportTable,
} from "@convenor/shared";
import { PanelPicker } from "@convenor/ui";
import { reportsApi } from "../api/reports.js";
import { LoadState } from "../components/load-state.js";
import { Page, Section } from "../components/page.js";
import { ReportChart } from "../components/report-chart.js";
import { ReportTableView } from "../components/report-table-view.js";
import { ReportTextTableView } from "../components/report-text-table-view.js";
import { useLoad } from "../components/use-load.js";
import { routeHref } from "../routing/routes.js";
import { panelsIManage, useTab } from "../tab-context.js";

const useStyles = makeStyles({
  period: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalL },
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(22rem, 1fr))",
    gap: tokens.spacingHorizontalXL,
    alignItems: "start",
    marginBottom: tokens.spacingVerticalXL,
  },
});

const reportTitles: Record<ReportKind, string> = {
  "minimum-data-set": "Minimum data set",
  "unmet-need": "Unmet need register",
  placements: "Purchased placements",
  "high-risk-trends": "High Risk Panel trends",
  "strategic-review": "Strategic review",
};

const monthOf = (date: Date) => date.toISOString().slice(0, 7);

/** The twelve months to this one. */
function lastTwelveMonths(now = new Date()) {
  return {
    from: monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1))),
    to: monthOf(now),
  };
}

/**
 * A panel's reports (`GET /api/panels/:panelId/reports/:kind`) for its chair and coordinator: each table of
 * counts as a chart with its numbers beside it, and as CSV; small counts suppressed by the server. A strategic
 * group has its progress table across meetings instead (text, so a table only), and none of the case reports.
 */
export default function ReportsView(props: { panelId: string | null }): ReactNode {
  const { me } = useTab();
  const managed = panelsIManage(me);
  const panelId = props.panelId ?? managed[0]?.panelId ?? null;
  return (
    <Page title="Reports" wide>
      {managed.length > 1 && panelId && (
        <div style={{ maxWidth: "32rem" }}>
          <PanelPicker
            panels={managed.map((panel) => ({ id: panel.panelId, name: panel.panelName }))}
            value={panelId}
            onChange={(id) => (window.location.hash = routeHref({ view: "reports", panelId: id }))}
          />
        </div>
      )}
      {panelId ? (
        <PanelReports key={panelId} panelId={panelId} />
      ) : (
        <Text>Reports are for a panel&apos;s chair and coordinator; you hold neither role on a panel.</Text>
      )}
    </Page>
  );
}

function PanelReports(props: { panelId: string }): ReactNode {
  const { convenor } = useTab();
  const panels = useLoad(() => convenor.panels(), "panels");
  return (
    <LoadState state={panels} what="your panels">
      {(value) => {
        const preset = value.find((panel) => panel.id === props.panelId)?.preset;
        return (
          <PeriodReports panelId={props.panelId} kinds={preset ? reportKindsFor(preset) : reportKinds} />
        );
      }}
    </LoadState>
  );
}

function PeriodReports(props: { panelId: string; kinds: readonly ReportKind[] }): ReactNode {
  const styles = useStyles();
  const [period, setPeriod] = useState(lastTwelveMonths);
  const [draft, setDraft] = useState(period);
  const june = annualReportPeriod(new Date().getUTCFullYear());
  return (
    <>
      <form
        className={styles.period}
        onSubmit={(event) => {
          event.preventDefault();
          setPeriod(draft);
        }}
      >
        <Field label="From month">
          <Input
            type="month"
            value={draft.from}
            onChange={(_e, data) => setDraft({ ...draft, from: data.value })}
          />
        </Field>
        <Field label="To month">
          <Input
            type="month"
            value={draft.to}
            onChange={(_e, data) => setDraft({ ...draft, to: data.value })}
          />
        </Field>
        <Button type="submit" appearance="primary">
          Show
        </Button>
        {props.kinds.includes("placements") && (
          <Button
            onClick={() => {
              const annual = { from: june.fromMonth, to: june.toMonth };
              setDraft(annual);
              setPeriod(annual);
            }}
          >
            June annual report period
          </Button>
        )}
      </form>
      {props.kinds.map((kind) => (
        <OneReport
          key={`${kind}/${period.from}/${period.to}`}
          panelId={props.panelId}
          kind={kind}
          period={period}
        />
      ))}
    </>
  );
}

function OneReport(props: {
  panelId: string;
  kind: ReportKind;
  period: { from: string; to: string };
}): ReactNode {
  const { api } = useTab();
  const { panelId, kind, period } = props;
  const report = useLoad(
    () => reportsApi.report(api, panelId, kind, period.from, period.to),
    `${panelId}/${kind}/${period.from}/${period.to}`,
  );
  return (
    <Section title={reportTitles[kind]} id={`report-${kind}`}>
      <LoadState state={report} what={reportTitles[kind].toLowerCase()}>
        {(value) => <ReportBody report={value} />}
      </LoadState>
    </Section>
  );
}

function ReportBody(props: { report: Report }): ReactNode {
  const styles = useStyles();
  const { report } = props;
  return (
    <>
      <Text as="p">
        {report.tables.length > 0 && (
          <>
            Counts of 1 to {report.suppressedBelow - 1} are shown as &quot;&lt;{report.suppressedBelow}&quot;,
            and so is a total that would give one away.{" "}
          </>
        )}
        <CsvLink report={report} />
      </Text>
      {report.notes.map((note) => (
        <Text as="p" key={note}>
          {note}
        </Text>
      ))}
      {report.tables.map((table: ReportTable) => (
        <div key={table.id} className={styles.pair}>
          <ReportChart table={table} />
          <ReportTableView table={table} suppressedBelow={report.suppressedBelow} />
        </div>
      ))}
      {report.textTables.map((table) => (
        <ReportTextTableView key={table.id} table={table} />
      ))}
    </>
  );
}

/** The same CSV the API gives with `?format=csv`, made from the report on the page (no second request). */
function CsvLink(props: { report: Report }): ReactNode {
  const { report } = props;
  const href = useMemo(
    () => URL.createObjectURL(new Blob([reportCsv(report)], { type: "text/csv;charset=utf-8" })),
    [report],
  );
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <Link
      href={href}
      download={`${report.panelId}-${report.kind}-${report.fromMonth}-to-${report.toMonth}.csv`}
    >
      Download {report.title.toLowerCase()} as CSV
    </Link>
  );
}

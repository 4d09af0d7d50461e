import { useMemo, useState, type ReactNode } from "react";
import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import {
  monthLabel,
  monthsEnding,
  openMonthAt,
  ragAreas,
  type Panel,
  type TrackerGrid,
} from "@convenor/shared";
import { ApiError, PanelPicker } from "@convenor/ui";
import { LoadState } from "../components/load-state.js";
import { Page, Section } from "../components/page.js";
import {
  filterTrackerRows,
  noTrackerFilter,
  teamsOf,
  workersOf,
  type TrackerFilter,
} from "../components/tracker-filter.js";
import { TrackerCompletionSection } from "../components/tracker-completion.js";
import { TrackerFilters } from "../components/tracker-filters.js";
import { TrackerGrid as Grid } from "../components/tracker-grid.js";
import { TrackerImportForm } from "../components/tracker-import-form.js";
import { useLoad } from "../components/use-load.js";
import { ragAreaLabel } from "../labels.js";
import { routeHref } from "../routing/routes.js";
import { panelsIManage, useTab } from "../tab-context.js";

/** How far back the window's last month may be moved. */
const monthsBack = 36;

/**
 * The High Risk Panel's monthly tracker (`GET /api/panels/:panelId/tracker`): a panel member sees every young
 * person tracked, a social worker their own; chairs and coordinators also import a spreadsheet.
 */
export default function TrackerView(props: { panelId: string | null }): ReactNode {
  const { convenor } = useTab();
  const panels = useLoad(() => convenor.panels(), "panels");
  const trackerPanels = panels.status === "ready" ? panels.value.filter(keepsTracker) : [];
  // A panel named in the address opens at once, its grid asked for alongside the list of panels.
  const panelId = props.panelId ?? trackerPanels[0]?.id ?? null;
  return (
    <Page title="Tracker" wide>
      {trackerPanels.length > 1 && panelId && (
        <div style={{ maxWidth: "32rem" }}>
          <PanelPicker
            panels={trackerPanels.map((panel) => ({ id: panel.id, name: panel.name }))}
            value={panelId}
            onChange={(id) => (window.location.hash = routeHref({ view: "tracker", panelId: id }))}
          />
        </div>
      )}
      {panelId ? (
        <PanelTracker key={panelId} panelId={panelId} />
      ) : (
        <LoadState state={panels} what="your panels">
          {() => (
            <Text>
              You are on no panel that keeps the monthly tracker. The High Risk Panel&apos;s members, and the
              social workers who rate its young people, see it here.
            </Text>
          )}
        </LoadState>
      )}
    </Page>
  );
}

export const keepsTracker = (panel: Panel): boolean => panel.preset === "cic-hrp";

function PanelTracker(props: { panelId: string }): ReactNode {
  const { convenor, me } = useTab();
  const [lastMonth, setLastMonth] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const [filter, setFilter] = useState(noTrackerFilter);
  const grid = useLoad(
    () => convenor.tracker(props.panelId, lastMonth ?? undefined),
    `${props.panelId}/${lastMonth ?? "open"}/${reloads}`,
  );
  const manages = panelsIManage(me).some((panel) => panel.panelId === props.panelId);
  const openMonth = openMonthAt(new Date().toISOString());
  if (grid.status === "failed" && grid.error instanceof ApiError && grid.error.status === 404) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          You have no part in this panel&apos;s tracker. Its members, chair and coordinator see every young
          person on it; a social worker sees the young people they rate.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <LoadState state={grid} what="the tracker">
        {(value) => (
          <TrackerGridSection grid={value} onLastMonth={setLastMonth} filter={filter} onFilter={setFilter} />
        )}
      </LoadState>
      {manages && (
        <TrackerCompletionSection
          panelId={props.panelId}
          month={lastMonth ?? openMonth}
          openMonth={openMonth}
          reloads={reloads}
        />
      )}
      {manages && (
        <Section title="Import from spreadsheet (CSV)" id="tracker-import">
          <TrackerImportForm
            send={(request) => convenor.importTracker(props.panelId, request)}
            onImported={() => setReloads((count) => count + 1)}
          />
        </Section>
      )}
    </>
  );
}

function TrackerGridSection(props: {
  grid: TrackerGrid;
  onLastMonth: (month: string) => void;
  filter: TrackerFilter;
  onFilter: (filter: TrackerFilter) => void;
}): ReactNode {
  const { grid, filter } = props;
  const workers = useMemo(() => workersOf(grid.rows), [grid.rows]);
  const teams = useMemo(() => teamsOf(grid.rows), [grid.rows]);
  const rows = useMemo(() => filterTrackerRows(grid.rows, filter), [grid.rows, filter]);
  const lastMonths = useMemo(
    () => monthsEnding(openMonthAt(new Date().toISOString()), monthsBack).reverse(),
    [],
  );
  const first = grid.months[0] ?? "";
  const last = grid.months[grid.months.length - 1] ?? "";
  const listed = rows.filter((row) => row.due.length > 0).length;
  if (grid.rows.length === 0) {
    return (
      <Text>
        {grid.scope === "worker"
          ? "None of the young people you rate is on this panel's tracker."
          : "No young person is on this panel's tracker yet."}
      </Text>
    );
  }
  return (
    <>
      <TrackerFilters
        filter={filter}
        onFilter={props.onFilter}
        workers={workers}
        teams={teams}
        lastMonths={lastMonths.includes(last) ? lastMonths : [last, ...lastMonths]}
        lastMonth={last}
        onLastMonth={props.onLastMonth}
      />
      <Text role="status">
        {`Showing ${rows.length} of ${grid.rows.length} young people; ${listed} listed for the panel by the two-reds rule.`}
      </Text>
      <Text size={200}>
        {filter.area
          ? `Each month shows ${ragAreaLabel[filter.area].full} only.`
          : `Each month shows the five areas in this order: ${ragAreas.map((area) => ragAreaLabel[area].full).join("; ")}.`}{" "}
        R is red, A amber, G green, and – not rated yet. An outlined red is one of two running in the same
        area, which lists the young person for the panel.
      </Text>
      {rows.length === 0 ? (
        <Text>No young person matches these filters.</Text>
      ) : (
        <Grid
          months={grid.months}
          rows={rows}
          area={filter.area}
          caption={`${grid.scope === "worker" ? "Your young people" : "Young people tracked"}, ${monthLabel(first)} to ${monthLabel(last)}`}
        />
      )}
    </>
  );
}

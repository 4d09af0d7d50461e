import type { ReactNode } from "react";
import { Checkbox, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { monthLabel, ragAreas, type RagArea } from "@convenor/shared";
import { ragAreaLabel } from "../labels.js";
import type { TrackerFilter } from "./tracker-filter.js";

const useStyles = makeStyles({
  filters: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "end",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    border: "none",
    margin: 0,
    padding: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  field: { minWidth: "12rem" },
});

const everyone = "";

/**
 * The grid's filters: worker, team, area (and only those red in it), and the last of the twelve months. Worker
 * and team show only when there is a choice (a social worker sees their own caseload only).
 */
export function TrackerFilters(props: {
  filter: TrackerFilter;
  onFilter: (filter: TrackerFilter) => void;
  workers: { id: string; name: string }[];
  teams: string[];
  /** The months the window may end with, latest first, and the one it ends with. */
  lastMonths: string[];
  lastMonth: string;
  onLastMonth: (month: string) => void;
}): ReactNode {
  const styles = useStyles();
  const { filter, onFilter } = props;
  return (
    <fieldset className={styles.filters}>
      <legend className={styles.legend}>Show</legend>
      <Field label="Months up to" className={styles.field}>
        <Select value={props.lastMonth} onChange={(_event, data) => props.onLastMonth(data.value)}>
          {props.lastMonths.map((month) => (
            <option key={month} value={month}>
              {monthLabel(month)}
            </option>
          ))}
        </Select>
      </Field>
      {props.workers.length > 1 && (
        <Field label="Worker" className={styles.field}>
          <Select
            value={filter.workerId ?? everyone}
            onChange={(_event, data) => onFilter({ ...filter, workerId: data.value || null })}
          >
            <option value={everyone}>All workers</option>
            {props.workers.map((worker) => (
              <option key={worker.id} value={worker.id}>
                {worker.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {props.teams.length > 1 && (
        <Field label="Team" className={styles.field}>
          <Select
            value={filter.team ?? everyone}
            onChange={(_event, data) => onFilter({ ...filter, team: data.value || null })}
          >
            <option value={everyone}>All teams</option>
            {props.teams.map((team) => (
              <option key={team} value={team}>
                {team}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label="Area" className={styles.field}>
        <Select
          value={filter.area ?? everyone}
          onChange={(_event, data) =>
            onFilter({
              ...filter,
              area: (data.value || null) as RagArea | null,
              redsOnly: data.value ? filter.redsOnly : false,
            })
          }
        >
          <option value={everyone}>All five areas</option>
          {ragAreas.map((area) => (
            <option key={area} value={area}>
              {ragAreaLabel[area].full}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label="Only young people red in this area"
        disabled={!filter.area}
        checked={filter.redsOnly}
        onChange={(_event, data) => onFilter({ ...filter, redsOnly: data.checked === true })}
      />
    </fieldset>
  );
}

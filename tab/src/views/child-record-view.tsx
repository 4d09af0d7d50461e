import type { ReactNode } from "react";
import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { ChildRecordView as ChildRecord } from "@convenor/shared";
import { ApiError } from "@convenor/ui";
import { outcomesApi } from "../api/outcomes.js";
import { ActionList } from "../components/action-list.js";
import { DecisionSummary } from "../components/decision-summary.js";
import { LoadState } from "../components/load-state.js";
import { SharingForm } from "../components/outcome-forms.js";
import { Page, Section } from "../components/page.js";
import { RouteLink } from "../components/route-link.js";
import { useLoad } from "../components/use-load.js";
import { dateLabel, dateTimeLabel } from "../labels.js";
import { useTab } from "../tab-context.js";

/**
 * The child's record (`GET /api/children/{childId}/record`, 003 3.7): decisions with reasons, date, who decided
 * and the vote; whether each was shared with the family; actions; case observations, for the chair and
 * coordinators only. Only for those with a reason to see it; the
 * server records each view.
 */
export default function ChildRecordView(props: { childId: string }): ReactNode {
  const { api } = useTab();
  const record = useLoad(() => outcomesApi.childRecord(api, props.childId), props.childId);
  const hidden =
    record.status === "failed" && record.error instanceof ApiError && record.error.status === 404;
  return (
    <Page title={record.status === "ready" ? `Record: ${record.value.displayName}` : "The child's record"}>
      {hidden ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            You cannot see this record: only the referrer and the panels that heard the child see it; or there
            is no such record.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <LoadState state={record} what="the child's record">
          {(value, replace) => (
            <RecordBody
              record={value}
              reload={() => outcomesApi.childRecord(api, props.childId).then(replace)}
            />
          )}
        </LoadState>
      )}
    </Page>
  );
}

function RecordBody(props: { record: ChildRecord; reload: () => Promise<void> }): ReactNode {
  const { api } = useTab();
  const { record } = props;
  return (
    <>
      <Text>Date of birth: {dateLabel(record.dateOfBirth)}. Shared for the panels&apos; purpose only.</Text>
      <Section title="Decisions" id="record-decisions">
        {record.entries.length === 0 && <Text>No decisions recorded yet.</Text>}
        {record.entries.map((entry) => (
          <section key={entry.decision.id} aria-labelledby={`decision-${entry.decision.id}`}>
            <h3 id={`decision-${entry.decision.id}`}>
              {entry.panelName}, {dateTimeLabel(entry.meetingStartsAt)}: {entry.reference}
            </h3>
            <DecisionSummary decision={entry.decision} label={`Decision on ${entry.reference}`} />
            {entry.familySharing?.shared && (
              <Text>
                Shared with the family on {dateLabel(entry.familySharing.shared.sharedOn)} (
                {entry.familySharing.shared.methodLabel}).
              </Text>
            )}
            {entry.familySharing && !entry.familySharing.shared && (
              <>
                <Text>
                  Not yet recorded as shared with the family. The Lead Professional (or the Named Person where
                  there is none) records when and how.
                </Text>
                <SharingForm
                  reference={entry.reference}
                  onRecord={(body) =>
                    outcomesApi
                      .recordSharing(api, { ...body, agendaItemId: entry.decision.agendaItemId })
                      .then(props.reload)
                  }
                />
              </>
            )}
            <Text>
              <RouteLink to={{ view: "outcomes", meetingId: entry.meetingId }}>
                The meeting&apos;s outcomes
              </RouteLink>
            </Text>
          </section>
        ))}
      </Section>
      <Section title="Actions" id="record-actions">
        <ActionList label="Actions for the child" actions={record.actions} />
      </Section>
      {record.observations.length > 0 && (
        <Section title="Case observations (restricted)" id="record-observations">
          <Text>What was said at the panel about the child&apos;s plan: never in the minute.</Text>
          {record.observations.map((observation) => (
            <section key={observation.id} aria-label={`Observation on ${observation.caseReference}`}>
              <h3>
                {observation.caseReference}, {dateTimeLabel(observation.recordedAt)}, by{" "}
                {observation.recordedByName}
              </h3>
              <Text as="p">{observation.text}</Text>
              {observation.filedUrl && (
                <Text>
                  <a href={observation.filedUrl} target="_blank" rel="noreferrer">
                    Filed in the restricted library
                  </a>
                </Text>
              )}
            </section>
          ))}
        </Section>
      )}
    </>
  );
}

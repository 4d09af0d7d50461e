import { useState, type ReactNode } from "react";
import { Badge, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { ActionView, MeetingOutcomesView, OutcomeItemView } from "@convenor/shared";
import { ErrorBanner } from "@convenor/ui";
import { outcomesApi } from "../api/outcomes.js";
import { ActionList } from "../components/action-list.js";
import { DecisionSummary } from "../components/decision-summary.js";
import { LoadState } from "../components/load-state.js";
import { ActionForm, DecisionForm, SharingForm } from "../components/outcome-forms.js";
import { Page, Section } from "../components/page.js";
import { RouteLink } from "../components/route-link.js";
import { useLoad } from "../components/use-load.js";
import { dateLabel, dateTimeLabel } from "../labels.js";
import { useTab } from "../tab-context.js";

/**
 * A meeting's outcomes (`GET /api/meetings/{id}/outcomes`): per case item its decision (recorded here by the
 * chair where no vote decided it), actions, and whose family sharing is outstanding; the outcome deadline;
 * open actions carried forward from earlier meetings.
 */
export default function OutcomesView(props: { meetingId: string }): ReactNode {
  const { api } = useTab();
  const outcomes = useLoad(() => outcomesApi.outcomes(api, props.meetingId), props.meetingId);
  return (
    <LoadState state={outcomes} what="the meeting's outcomes">
      {(view, replace) => (
        <Page title={`Outcomes and actions: meeting of ${dateTimeLabel(view.startsAt)}`}>
          <OutcomesBody view={view} reload={() => outcomesApi.outcomes(api, props.meetingId).then(replace)} />
        </Page>
      )}
    </LoadState>
  );
}

function OutcomesBody(props: { view: MeetingOutcomesView; reload: () => Promise<void> }): ReactNode {
  const { api } = useTab();
  const { view } = props;
  const [error, setError] = useState<unknown>(null);
  const markDone = (action: ActionView) => {
    setError(null);
    outcomesApi.completeAction(api, action.id).then(props.reload).catch(setError);
  };
  return (
    <>
      <Text>
        <RouteLink to={{ view: "meeting", meetingId: view.meetingId }}>
          The meeting&apos;s agenda and papers
        </RouteLink>
        {" · "}
        <RouteLink to={{ view: "unmet-need", panelId: view.panelId }}>
          The panel&apos;s unmet need register
        </RouteLink>
      </Text>
      {view.outcomesDue && (
        <MessageBar intent={view.outcomesDue.late ? "error" : "info"} layout="multiline">
          <MessageBarBody>
            {view.outcomesDue.label}: {dateLabel(view.outcomesDue.date)}
            {view.outcomesDue.late ? " (late: some case items have no recorded outcome)." : "."}
            {view.preset === "isg"
              ? " Each case's outcome goes to every professional involved as it is recorded."
              : ""}
          </MessageBarBody>
        </MessageBar>
      )}
      <ErrorBanner error={error} />
      <Section title="Case items" id="outcome-items">
        {view.items.length === 0 && <Text>No case items on this meeting.</Text>}
        {view.items.map((item) => (
          <OutcomeItem
            key={item.agendaItemId}
            item={item}
            view={view}
            reload={props.reload}
            onDone={markDone}
          />
        ))}
      </Section>
      <Section title="Family sharing outstanding" id="outcome-sharing">
        {view.outstandingSharing.length === 0 ? (
          <Text>Every decision has been shared with the family, or none is due.</Text>
        ) : (
          <ul aria-label="Family sharing outstanding">
            {view.outstandingSharing.map((s) => (
              <li key={s.agendaItemId}>
                <Text>
                  {s.reference}: {s.role === "lead-professional" ? "Lead Professional" : "Named Person"}{" "}
                  {s.description}: to be recorded by {s.personName}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Actions on the meeting" id="outcome-meeting-actions">
        <ActionList
          label="Actions on the meeting"
          actions={view.meetingActions}
          onDone={view.canRecord ? markDone : undefined}
        />
        {view.canRecord && (
          <ActionForm
            label="Add an action on the meeting"
            people={view.people}
            onAdd={(body) => outcomesApi.addAction(api, view.meetingId, body).then(props.reload)}
          />
        )}
      </Section>
      <Section title="Actions carried forward" id="outcome-carried">
        <ActionList
          label="Actions carried forward"
          actions={view.carriedForward}
          onDone={view.canRecord ? markDone : undefined}
        />
      </Section>
    </>
  );
}

function OutcomeItem(props: {
  item: OutcomeItemView;
  view: MeetingOutcomesView;
  reload: () => Promise<void>;
  onDone: (action: ActionView) => void;
}): ReactNode {
  const { api } = useTab();
  const { item, view } = props;
  return (
    <section aria-labelledby={`item-${item.agendaItemId}`}>
      <h3 id={`item-${item.agendaItemId}`}>
        {item.reference} {item.source === "retrospective" && <Badge>Retrospective</Badge>}
      </h3>
      {item.childId && (
        <Text block>
          <RouteLink to={{ view: "child", childId: item.childId }}>The child&apos;s record</RouteLink>
        </Text>
      )}
      {item.decision ? (
        <DecisionSummary decision={item.decision} label={`Decision on ${item.reference}`} />
      ) : item.voteOpen ? (
        <Text block>A decision vote is open in the meeting chat.</Text>
      ) : view.canRecord ? (
        <DecisionForm
          reference={item.reference}
          onRecord={(body) =>
            outcomesApi
              .recordDecision(api, view.meetingId, { ...body, agendaItemId: item.agendaItemId })
              .then(props.reload)
          }
        />
      ) : (
        <Text block>No decision recorded yet.</Text>
      )}
      {item.sharing && <h4>Shared with the family</h4>}
      {item.sharing &&
        (item.sharing.shared ? (
          <Text block>
            Shared with the family on {dateLabel(item.sharing.shared.sharedOn)} (
            {item.sharing.shared.methodLabel}), recorded by {item.sharing.shared.recordedBy}.
          </Text>
        ) : view.canRecord ? (
          <SharingForm
            reference={item.reference}
            onRecord={(body) =>
              outcomesApi.recordSharing(api, { ...body, agendaItemId: item.agendaItemId }).then(props.reload)
            }
          />
        ) : null)}
      <h4>Actions on {item.reference}</h4>
      <ActionList
        label={`Actions on ${item.reference}`}
        actions={item.actions}
        onDone={view.canRecord ? props.onDone : undefined}
      />
      {view.canRecord && (
        <ActionForm
          label={`Add an action on ${item.reference}`}
          people={view.people}
          onAdd={(body) =>
            outcomesApi
              .addAction(api, view.meetingId, { ...body, agendaItemId: item.agendaItemId })
              .then(props.reload)
          }
        />
      )}
    </section>
  );
}

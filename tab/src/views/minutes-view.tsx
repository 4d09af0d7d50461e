import { useState, type ReactNode } from "react";
import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { CaseObservationView, MinutesView as Minutes } from "@convenor/shared";
import { ApiError, formatDay } from "@convenor/ui";
import { minutesApi } from "../api/minutes.js";
import { CaseObservationForm } from "../components/case-observation-form.js";
import { LoadState } from "../components/load-state.js";
import { MinuteAgreementsForm } from "../components/minute-agreements-form.js";
import { MinuteContent, MinuteVersions, minuteStatusLabel } from "../components/minute-content.js";
import { MinuteEditForm } from "../components/minute-edit-form.js";
import { MinuteProgressForm } from "../components/minute-progress-form.js";
import { Page } from "../components/page.js";
import { RouteLink } from "../components/route-link.js";
import { useAction } from "../components/use-action.js";
import { useLoad } from "../components/use-load.js";
import { useTab } from "../tab-context.js";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/**
 * A meeting's minute (`#/meetings/<id>/minutes`), for the panel's chair and coordinators: draft it from the
 * meeting record, edit, circulate, agree (the chair), see every version and where it was filed, the deadline,
 * and record case observations, which never go into the minute.
 */
export default function MinutesView(props: { meetingId: string }): ReactNode {
  const { api } = useTab();
  const [reloads, setReloads] = useState(0);
  const minutes = useLoad(() => minutesApi(api).view(props.meetingId), `${props.meetingId}:${reloads}`);
  const title =
    minutes.status === "ready"
      ? `Minutes: ${minutes.value.panelName} on ${formatDay(minutes.value.startsAt)}`
      : "Minutes of the meeting";
  const refused =
    minutes.status === "failed" && minutes.error instanceof ApiError && minutes.error.status === 403;
  return (
    <Page title={title}>
      {refused ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Only the panel&apos;s members read its minutes, and only its chair or coordinator keeps them.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <LoadState state={minutes} what="the minutes">
          {(value) => <MinutesBody minutes={value} reload={() => setReloads((n) => n + 1)} />}
        </LoadState>
      )}
      <Text>
        <RouteLink to={{ view: "meeting", meetingId: props.meetingId }}>
          The meeting&apos;s agenda and papers
        </RouteLink>
      </Text>
    </Page>
  );
}

function MinutesBody(props: { minutes: Minutes; reload: () => void }): ReactNode {
  const styles = useStyles();
  const { api } = useTab();
  const calls = minutesApi(api);
  const { minutes, reload } = props;
  const action = useAction();
  const [observations, setObservations] = useState<CaseObservationView[] | null>(null);
  const latest = minutes.versions.at(-1) ?? null;
  const { meetingId } = minutes;
  const showObservations = () =>
    void action.run(async () => setObservations(await calls.observations(meetingId)));
  if (!minutes.canKeep) return <MinutesToRead minutes={minutes} />;

  return (
    <>
      <div className={styles.bar} role="status">
        {minutes.deadline.due ? (
          <Text>
            Due to be circulated by {formatDay(`${minutes.deadline.due}T12:00:00Z`)}
            {minutes.deadline.circulatedOn
              ? `; circulated ${formatDay(`${minutes.deadline.circulatedOn}T12:00:00Z`)}`
              : ""}
          </Text>
        ) : (
          <Text>This panel sets no deadline for its minutes.</Text>
        )}
        {minutes.deadline.late && (
          <Badge color="danger" appearance="filled">
            Late
          </Badge>
        )}
        {latest && (
          <Badge appearance="outline">{`Version ${latest.version}: ${minuteStatusLabel[latest.status]}`}</Badge>
        )}
      </div>
      {action.problem && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{action.problem}</MessageBarBody>
        </MessageBar>
      )}
      {!latest ? (
        <div>
          <Text block>
            No minute yet. The draft is built from the meeting&apos;s record: attendance, quorum, items and
            decisions.
          </Text>
          <Button
            appearance="primary"
            disabled={action.busy}
            onClick={() => void action.run(() => calls.draft(meetingId), reload)}
          >
            Draft the minute
          </Button>
        </div>
      ) : (
        <>
          <div className={styles.bar}>
            {latest.status === "draft" && (
              <Button
                appearance="primary"
                disabled={action.busy}
                onClick={() =>
                  void action.run(() => calls.circulate(meetingId, latest.version, latest.revision), reload)
                }
              >
                Circulate to those at the meeting
              </Button>
            )}
            {latest.status === "circulated" && minutes.canAgree && (
              <Button
                appearance="primary"
                disabled={action.busy}
                onClick={() =>
                  void action.run(() => calls.agree(meetingId, latest.version, latest.revision), reload)
                }
              >
                Agree version {latest.version}
              </Button>
            )}
          </div>
          <MinuteContent minute={latest} />
          <MinuteEditForm
            key={`${latest.version}:${latest.revision}`}
            minute={latest}
            busy={action.busy}
            onSave={(edit) =>
              void action.run(
                () => calls.edit(meetingId, latest.version, { revision: latest.revision, ...edit }),
                reload,
              )
            }
          />
          {minutes.preset === "strategic-review" && (
            <MinuteProgressForm
              key={`progress:${latest.version}:${latest.revision}`}
              rows={latest.content.progress}
              busy={action.busy}
              onSave={(progress) =>
                void action.run(
                  () => calls.edit(meetingId, latest.version, { revision: latest.revision, progress }),
                  reload,
                )
              }
            />
          )}
          {minutes.preset === "cin-review" && (
            <MinuteAgreementsForm
              key={`agreements:${latest.version}:${latest.revision}`}
              minute={latest}
              busy={action.busy}
              onSave={(agreements, contentiousIssues) =>
                void action.run(
                  () =>
                    calls.agreements(meetingId, latest.version, {
                      revision: latest.revision,
                      agreements,
                      contentiousIssues,
                    }),
                  reload,
                )
              }
            />
          )}
          <MinuteVersions versions={minutes.versions} />
        </>
      )}
      <CaseObservationForm
        caseItems={minutes.caseItems}
        observations={observations}
        busy={action.busy}
        onShow={showObservations}
        onRecord={(agendaItemId, text, done) =>
          void action.run(
            () => calls.recordObservation(meetingId, agendaItemId, text),
            () => {
              done();
              showObservations();
            },
          )
        }
      />
    </>
  );
}

/** A panel member's view: the circulated and agreed versions, to read; the chair and coordinators keep it. */
function MinutesToRead(props: { minutes: Minutes }): ReactNode {
  const latest = props.minutes.versions.at(-1);
  if (!latest) return <Text>The minute has not been circulated yet.</Text>;
  return (
    <>
      <MinuteContent minute={latest} />
      <MinuteVersions versions={props.minutes.versions} />
    </>
  );
}

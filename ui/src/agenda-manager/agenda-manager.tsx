import { useMemo } from "react";
import { Button, Text, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import type { MeetingDetailView } from "@convenor/shared";
import { AgendaApi } from "../api/agenda-api.js";
import type { ApiClient } from "../api/api-client.js";
import { AddTopicForm } from "./add-topic-form.js";
import { builtMessage, meetingWhen, movedOrder, publishedMessage } from "./agenda-messages.js";
import { ArrangeAgenda } from "./arrange-agenda.js";
import { OutcomeMessage } from "./outcome-message.js";
import { UnreadPapers } from "./unread-papers.js";
import { useAgendaChanges } from "./use-agenda-changes.js";
import { useAgendaPeople } from "./use-agenda-people.js";
import { useMoveTargets } from "./use-move-targets.js";

const useStyles = makeStyles({
  manager: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
});

export interface AgendaManagerProps {
  /** The signed-in API client. */
  client: ApiClient;
  /** The meeting as loaded; only shown when `detail.canManage`. */
  detail: MeetingDetailView;
  /** A change's answer (or a reload) replaces the meeting the page shows. */
  onDetailChange: (detail: MeetingDetailView) => void;
}

/**
 * For the panel's chair or coordinator: build and publish the agenda, arrange its items, set time slots,
 * presenters and (for case items) the people invited to that item alone, move items to another meeting, add topics, file papers for case items, and see who has not read them. Every
 * change is made on the agenda version shown; if someone else changed it meanwhile, the meeting is reloaded
 * and the chair told.
 */
export function AgendaManager({ client, detail, onDetailChange }: AgendaManagerProps) {
  const styles = useStyles();
  const api = useMemo(() => new AgendaApi(client), [client]);
  const changes = useAgendaChanges(api, detail, onDetailChange);
  const targets = useMoveTargets(api, detail.meeting.panelId, detail.meeting.id);
  // Read again when cases join the agenda: their referrers join the people to choose from.
  const casesKey = detail.agenda.items
    .filter((item) => item.reference !== null)
    .map((item) => item.id)
    .join(" ");
  const people = useAgendaPeople(api, detail.meeting.id, detail.canManage, casesKey);
  if (!detail.canManage) return null;
  const meetingId = detail.meeting.id;
  const { agenda } = detail;
  const { busy, run } = changes;
  const papersKey = agenda.items.flatMap((item) => item.papers.map((paper) => paper.id)).join(" ");
  const notRead = (
    <>
      <h3 className={styles.heading}>Not read yet</h3>
      <UnreadPapers load={() => api.unreadPapers(meetingId)} papersKey={papersKey} />
    </>
  );
  // Only a planned meeting's agenda changes (a pending one waits for its calendar event).
  if (detail.meeting.state !== "planned") {
    return (
      <div className={styles.manager}>
        <Text>
          {detail.meeting.state === "pending"
            ? "The agenda can be changed once the meeting's calendar event is saved."
            : `This meeting is ${detail.meeting.state}: its agenda can no longer change.`}
        </Text>
        {notRead}
      </div>
    );
  }

  return (
    <div className={styles.manager}>
      <div className={styles.actions}>
        <Button
          disabledFocusable={busy}
          onClick={() =>
            void run(async () => {
              const built = await api.build(meetingId);
              return { agenda: built, message: builtMessage(agenda, built) };
            })
          }
        >
          Build agenda
        </Button>
        <Button
          appearance="primary"
          disabledFocusable={busy}
          onClick={() =>
            void run(async () => {
              const answer = await api.publish(meetingId);
              const message = publishedMessage(answer);
              // Publishing meets the agenda deadline: the whole meeting is read again to show it.
              const detail = await api.meeting(meetingId).catch(() => null);
              return detail ? { detail, message } : { agenda: answer.agenda, message };
            })
          }
        >
          Publish agenda
        </Button>
      </div>
      <OutcomeMessage outcome={changes.outcome} />

      <h3 className={styles.heading}>Items</h3>
      <ArrangeAgenda
        items={agenda.items}
        busy={busy}
        onMove={(item, step) =>
          void run(async (version) => {
            const order = movedOrder(agenda.items, item.id, step);
            if (!order) return { agenda, message: `${item.title} cannot move further.` };
            const moved = await api.reorder(meetingId, version, order);
            const place = order.indexOf(item.id) + 1;
            return {
              agenda: moved,
              message: `${item.title} moved ${step === -1 ? "up" : "down"}: now item ${place} of ${order.length}.`,
            };
          })
        }
        onSlot={(item, slotMinutes) =>
          void run(async (version) => ({
            agenda: await api.updateItem(meetingId, item.id, { version, slotMinutes }),
            message:
              slotMinutes === null
                ? `${item.title} has no time slot now.`
                : `${item.title}: time slot set to ${slotMinutes} minutes.`,
          }))
        }
        moveTargets={targets.meetings}
        onMoveToMeeting={(item, to) =>
          void run(async (version) => ({
            agenda: await api.moveItem(meetingId, item.id, version, to.id),
            message: `${item.title} moved to the meeting on ${meetingWhen(to)}.`,
          }))
        }
        people={people.loaded ? people.people : null}
        onPresenter={(item, presenter) =>
          void run(async (version) => ({
            agenda: await api.setPresenter(meetingId, item.id, version, presenter?.id ?? null),
            message: presenter
              ? `${item.title}: ${presenter.displayName} presents.`
              : `${item.title} has no presenter now.`,
          }))
        }
        onInvitees={(item, invitees, change) =>
          void run(async (version) => ({
            agenda: await api.setInvitees(
              meetingId,
              item.id,
              version,
              invitees.map((person) => person.id),
            ),
            message:
              "added" in change
                ? `${change.added.displayName} invited for ${item.title}.`
                : `${change.removed.displayName} is no longer invited for ${item.title}.`,
          }))
        }
        upload={(item, file) => api.uploadPaper(meetingId, item.id, file)}
        onFiled={(item, { paper, replaced }) =>
          void changes.reload(
            `${paper.name} ${replaced ? "replaced" : "filed"} for ${item.title}` +
              (paper.late ? ": late, after the papers deadline." : "."),
          )
        }
      />

      {people.failed && (
        <Text>
          The people to choose from could not be read: presenters and invitees cannot be changed now.
        </Text>
      )}

      {targets.failed && (
        <Text>
          The panel's other meetings could not be read: items cannot be moved to another meeting now.
        </Text>
      )}

      <h3 className={styles.heading}>Add a topic</h3>
      <AddTopicForm
        busy={busy}
        onAdd={(title) =>
          run(async (version) => ({
            agenda: await api.addTopic(meetingId, version, title),
            message: `Topic added: ${title}.`,
          }))
        }
      />

      {notRead}
    </div>
  );
}

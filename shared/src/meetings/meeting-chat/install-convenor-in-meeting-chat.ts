import { installedMeetingChat } from "../../conversations/conversation-key.js";
import { ErrorCodes } from "../../model/errors.js";
import { fail, ok, type Result } from "../../model/result.js";
import type { TeamsAppInstallOutcome } from "../../ports/teams-app-installer.port.js";
import type { UseCaseDeps } from "../../use-case-deps.js";

export type MeetingChatInstall =
  | { status: TeamsAppInstallOutcome; chatId: string }
  /** Nothing to install into (no Teams meeting, cancelled or past), or no installer configured. */
  | { status: "skipped"; reason: string };

/**
 * Installs Convenor into a planned meeting's Teams chat through Graph (the `meeting.chat-install` intent).
 * The chat is found from the event's join link and recorded before installing, so that when Teams tells the
 * bot it was added there, the chat is known as this meeting's. Idempotent: already installed is success.
 * A Graph failure is returned (the outbox tries again); no Graph call runs inside a transaction.
 */
export async function installConvenorInMeetingChat(
  deps: UseCaseDeps,
  input: { meetingId: string },
): Promise<Result<MeetingChatInstall>> {
  const installer = deps.teamsApps;
  if (!installer) return ok({ status: "skipped", reason: "no Teams app catalog id configured" });
  const meeting = await deps.store.read((tx) => tx.meetings.get(input.meetingId));
  if (!meeting || meeting.state !== "planned" || !meeting.joinUrl || !meeting.organiser)
    return ok({ status: "skipped", reason: "not a planned Teams meeting" });
  if (meeting.endsAt <= deps.clock.now().toISOString())
    return ok({ status: "skipped", reason: "the meeting is over" });

  const found = await installer.findMeetingChat(meeting.organiser, meeting.joinUrl);
  if (!found.ok) return found;
  const chatId = found.value;
  // Graph may not know the online meeting a moment after the event was made: the outbox tries again.
  if (!chatId) return fail(ErrorCodes.notFound, "Microsoft 365 does not know this meeting's chat yet.");
  await deps.store.transaction((tx) =>
    tx.conversations.put(installedMeetingChat(chatId), { meetingId: meeting.id }),
  );
  const installed = await installer.installInChat(chatId);
  return installed.ok ? ok({ status: installed.value, chatId }) : installed;
}

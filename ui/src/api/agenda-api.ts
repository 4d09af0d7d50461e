import type {
  AgendaPeopleView,
  AgendaPersonView,
  AgendaView,
  MeetingDetailView,
  MeetingSummaryView,
  PublishAgendaView,
  UnreadPapersView,
  UpdateAgendaItemBody,
  UploadPaperView,
} from "@convenor/shared";
import type { ApiClient } from "./api-client.js";

/**
 * What a chair or coordinator does to a meeting's agenda and papers (README "Meetings, agendas and papers
 * (API)"). Every change but building sends the agenda `version` it was made on; a stale one is refused with
 * `409 CONCURRENCY.CONFLICT`.
 */
export class AgendaApi {
  constructor(private readonly client: ApiClient) {}

  private path(meetingId: string, rest = ""): string {
    return `/meetings/${encodeURIComponent(meetingId)}${rest}`;
  }

  meeting(meetingId: string): Promise<MeetingDetailView> {
    return this.client.get<MeetingDetailView>(this.path(meetingId));
  }

  /** Adds the standing items and the cases waiting for this meeting; running it again adds only what is new. */
  build(meetingId: string): Promise<AgendaView> {
    return this.client.post<AgendaView>(this.path(meetingId, "/agenda/build"), {});
  }

  /** Every item once, in the new order. */
  reorder(meetingId: string, version: number, itemIds: string[]): Promise<AgendaView> {
    return this.client.put<AgendaView>(this.path(meetingId, "/agenda"), { version, itemIds });
  }

  updateItem(meetingId: string, itemId: string, change: UpdateAgendaItemBody): Promise<AgendaView> {
    return this.client.patch<AgendaView>(
      this.path(meetingId, `/agenda/${encodeURIComponent(itemId)}`),
      change,
    );
  }

  /** Moves an item to the end of another planned meeting's agenda; the answer is this meeting's agenda. */
  moveItem(meetingId: string, itemId: string, version: number, toMeetingId: string): Promise<AgendaView> {
    return this.updateItem(meetingId, itemId, { version, moveToMeetingId: toMeetingId });
  }

  /** Whom an item may name as presenter or invitee (`GET /api/meetings/{id}/people`), sorted by name. */
  async people(meetingId: string): Promise<AgendaPersonView[]> {
    const answer = await this.client.get<AgendaPeopleView>(this.path(meetingId, "/people"));
    return answer.people;
  }

  /** The item's presenter, or none (`null`). */
  setPresenter(
    meetingId: string,
    itemId: string,
    version: number,
    presenterId: string | null,
  ): Promise<AgendaView> {
    return this.updateItem(meetingId, itemId, { version, presenterId });
  }

  /** Replaces the people invited to this item only. */
  setInvitees(meetingId: string, itemId: string, version: number, personIds: string[]): Promise<AgendaView> {
    return this.updateItem(meetingId, itemId, { version, invitedPersonIds: personIds });
  }

  /** The panel's meetings the caller may see (`GET /api/meetings?panelId=`). */
  async panelMeetings(panelId: string): Promise<MeetingSummaryView[]> {
    const answer = await this.client.get<{ meetings: MeetingSummaryView[] }>("/meetings", { panelId });
    return answer.meetings;
  }

  addTopic(meetingId: string, version: number, title: string): Promise<AgendaView> {
    return this.client.post<AgendaView>(this.path(meetingId, "/agenda"), { kind: "topic", version, title });
  }

  publish(meetingId: string): Promise<PublishAgendaView> {
    return this.client.post<PublishAgendaView>(this.path(meetingId, "/agenda/publish"), {});
  }

  /** Files a paper for a case item: the file is the body, its name URI-encoded in `x-file-name`. */
  uploadPaper(meetingId: string, itemId: string, file: File): Promise<UploadPaperView> {
    const query = `?itemId=${encodeURIComponent(itemId)}`;
    return this.client.postFile<UploadPaperView>(this.path(meetingId, `/papers${query}`), file, {
      "x-file-name": encodeURIComponent(file.name),
    });
  }

  /** For the chair or coordinator: each paper and who may read it but has not opened it yet. */
  unreadPapers(meetingId: string): Promise<UnreadPapersView> {
    return this.client.get<UnreadPapersView>(this.path(meetingId, "/papers/unread"));
  }
}

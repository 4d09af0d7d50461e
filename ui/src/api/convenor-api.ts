import type { Me, Panel } from "@convenor/shared";
import type { ApiClient } from "./api-client.js";
import type {
  CreateMeetingRequest,
  MeetingDetail,
  MeetingView,
  SlotsQuery,
  SlotsResponse,
} from "./scheduling-types.js";

/** The API calls the front ends make, typed. Paths and shapes: README "API". */
export class ConvenorApi {
  constructor(private readonly client: ApiClient) {}

  me(): Promise<Me> {
    return this.client.get<Me>("/me");
  }

  panels(): Promise<Panel[]> {
    return this.client.get<Panel[]>("/panels");
  }

  slots(panelId: string, query: SlotsQuery): Promise<SlotsResponse> {
    return this.client.get<SlotsResponse>(`/panels/${encodeURIComponent(panelId)}/slots`, { ...query });
  }

  createMeeting(request: CreateMeetingRequest): Promise<MeetingView> {
    const { idempotencyKey, ...body } = request;
    return this.client.post<MeetingView>("/meetings", { ...body, idempotencyKey });
  }

  /** Links the meeting to the saved calendar event (a REST id); the server makes it a Teams meeting. */
  linkEvent(meetingId: string, eventId: string): Promise<MeetingView> {
    return this.client.post<MeetingView>(`/meetings/${encodeURIComponent(meetingId)}/event`, { eventId });
  }

  meeting(meetingId: string): Promise<MeetingDetail> {
    return this.client.get<MeetingDetail>(`/meetings/${encodeURIComponent(meetingId)}`);
  }
}

import type {
  CinReviewList,
  MeetingDetailView,
  Me,
  OpenPaperView,
  Panel,
  RecordReviewOutcomeInput,
  RecordReviewOutcomeResult,
  RequestEarlyReviewResult,
  StartCinPlanInput,
  CinReviewRow,
  RedListView,
  ScheduleMeetingBody,
  ScheduledMeetingView,
  SlotSuggestions,
  TrackerCompletion,
  TrackerGrid,
} from "@convenor/shared";
import type { ApiClient } from "./api-client.js";
import type { TrackerImportReport, TrackerImportRequest } from "./tracker-import.js";

export interface SlotsQuery {
  /** YYYY-MM-DD, UK dates; the server's defaults (today, eight weeks) when left out. */
  from?: string;
  to?: string;
  durationMinutes?: number;
  limit?: number;
}

/** `POST /api/meetings`; `eventBy` defaults to `convenor` on the server. */
export type ScheduleMeetingRequest = Omit<ScheduleMeetingBody, "eventBy"> & {
  eventBy?: ScheduleMeetingBody["eventBy"];
};

/** The API calls the front ends make, typed with `shared`'s request and answer types (README "API"). */
export class ConvenorApi {
  constructor(private readonly client: ApiClient) {}

  me(): Promise<Me> {
    return this.client.get<Me>("/me");
  }

  panels(): Promise<Panel[]> {
    return this.client.get<Panel[]>("/panels");
  }

  slots(panelId: string, query: SlotsQuery = {}): Promise<SlotSuggestions> {
    return this.client.get<SlotSuggestions>(`/panels/${encodeURIComponent(panelId)}/slots`, { ...query });
  }

  scheduleMeeting(request: ScheduleMeetingRequest): Promise<ScheduledMeetingView> {
    return this.client.post<ScheduledMeetingView>("/meetings", request);
  }

  /** Links a pending meeting to the event saved in Outlook (a REST id); the server makes it a Teams meeting. */
  linkEvent(meetingId: string, eventId: string): Promise<ScheduledMeetingView> {
    return this.client.post<ScheduledMeetingView>(`/meetings/${encodeURIComponent(meetingId)}/event`, {
      eventId,
    });
  }

  meeting(meetingId: string): Promise<MeetingDetailView> {
    return this.client.get<MeetingDetailView>(`/meetings/${encodeURIComponent(meetingId)}`);
  }

  /** Where a paper opens; the server records the read (audited) before answering. */
  openPaper(paperId: string): Promise<OpenPaperView> {
    return this.client.get<OpenPaperView>(`/papers/${encodeURIComponent(paperId)}`);
  }

  /** The High Risk Panel's tracker: twelve months ending with `to` (YYYY-MM; the month open for rating if left out). */
  tracker(panelId: string, to?: string): Promise<TrackerGrid> {
    return this.client.get<TrackerGrid>(`/panels/${encodeURIComponent(panelId)}/tracker`, { to });
  }

  /** Per social worker, how far a month (YYYY-MM) is rated: counts only; chairs and coordinators only. */
  trackerCompletion(panelId: string, month: string): Promise<TrackerCompletion> {
    return this.client.get<TrackerCompletion>(`/panels/${encodeURIComponent(panelId)}/tracker/completion`, {
      month,
    });
  }

  /** The young people the tracker listed on a meeting, named: the panel's chair, coordinator and members only. */
  redList(meetingId: string): Promise<RedListView> {
    return this.client.get<RedListView>(`/meetings/${encodeURIComponent(meetingId)}/red-list`);
  }

  /** Checks (`dryRun`) or imports a tracker spreadsheet saved as CSV; chairs and coordinators only. */
  importTracker(panelId: string, request: TrackerImportRequest): Promise<TrackerImportReport> {
    const query = new URLSearchParams({
      onlyValidRows: String(request.onlyValidRows),
      dryRun: String(request.dryRun),
    });
    return this.client.postFile<TrackerImportReport>(
      `/panels/${encodeURIComponent(panelId)}/tracker/import?${query.toString()}`,
      new Blob([request.csv], { type: "text/csv" }),
    );
  }

  /** A CIN review panel's plans, next reviews (overdue flagged), early reviews and consultation tasks. */
  cinReviews(panelId: string): Promise<CinReviewList> {
    return this.client.get<CinReviewList>(`/panels/${encodeURIComponent(panelId)}/reviews`);
  }

  /** A review's outcome; chairs and coordinators only. */
  recordReviewOutcome(input: RecordReviewOutcomeInput): Promise<RecordReviewOutcomeResult> {
    const { planId, ...body } = input;
    return this.client.post<RecordReviewOutcomeResult>(
      `/reviews/plans/${encodeURIComponent(planId)}/outcome`,
      body,
    );
  }

  /** Asks for an early review after a significant change; any member of the panel. */
  requestEarlyReview(planId: string, reason: string): Promise<RequestEarlyReviewResult> {
    return this.client.post<RequestEarlyReviewResult>(
      `/reviews/plans/${encodeURIComponent(planId)}/early-review`,
      { reason },
    );
  }

  /** Puts a plan made at a CIN Planning Meeting under the panel's review; chairs and coordinators only. */
  startCinPlan(input: StartCinPlanInput): Promise<CinReviewRow> {
    const { panelId, ...body } = input;
    return this.client.post<CinReviewRow>(`/panels/${encodeURIComponent(panelId)}/reviews/plans`, body);
  }
}

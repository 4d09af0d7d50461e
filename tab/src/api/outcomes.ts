import type {
  ActionItem,
  AddActionBody,
  CapacityRefusalsView,
  RecordCapacityRefusalBody,
  RecordCapacityRefusalResult,
  ChildRecordView,
  Decision,
  FamilySharing,
  MeetingActionsView,
  MeetingOutcomesView,
  RecordDecisionBody,
  RecordFamilySharingBody,
  UnmetNeedView,
} from "@convenor/shared";
import type { ApiClient } from "@convenor/ui";

const segment = encodeURIComponent;

/** The decisions, outcomes and actions routes (docs/api.md), ids only in addresses. */
export const outcomesApi = {
  outcomes: (api: ApiClient, meetingId: string) =>
    api.get<MeetingOutcomesView>(`/meetings/${segment(meetingId)}/outcomes`),
  recordDecision: (api: ApiClient, meetingId: string, body: RecordDecisionBody) =>
    api.post<Decision>(`/meetings/${segment(meetingId)}/decisions`, body),
  meetingActions: (api: ApiClient, meetingId: string) =>
    api.get<MeetingActionsView>(`/meetings/${segment(meetingId)}/actions`),
  addAction: (api: ApiClient, meetingId: string, body: AddActionBody) =>
    api.post<ActionItem>(`/meetings/${segment(meetingId)}/actions`, body),
  completeAction: (api: ApiClient, actionId: string) =>
    api.post<ActionItem>(`/actions/${segment(actionId)}/complete`, {}),
  recordSharing: (api: ApiClient, body: RecordFamilySharingBody) =>
    api.post<FamilySharing>("/family-sharing", body),
  childRecord: (api: ApiClient, childId: string) =>
    api.get<ChildRecordView>(`/children/${segment(childId)}/record`),
  unmetNeed: (api: ApiClient, panelId: string) =>
    api.get<UnmetNeedView>(`/panels/${segment(panelId)}/unmet-need`),
  capacityRefusals: (api: ApiClient, panelId: string) =>
    api.get<CapacityRefusalsView>(`/panels/${segment(panelId)}/capacity-refusals`),
  recordCapacityRefusal: (api: ApiClient, panelId: string, body: RecordCapacityRefusalBody) =>
    api.post<RecordCapacityRefusalResult>(`/panels/${segment(panelId)}/capacity-refusals`, body),
};

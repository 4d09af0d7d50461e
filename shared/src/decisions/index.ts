export { recordDecision, type RecordDecisionInput } from "./record-decision.js";
export { addAction, maxActionDescription, type AddActionInput } from "./add-action.js";
export { completeAction } from "./complete-action.js";
export { listMeetingActions, type MeetingActionsView } from "./list-meeting-actions.js";
export { actionsOfMeeting, openActionsOfPanel, type ActionView } from "./action-reads.js";
export {
  recordFamilySharing,
  maxSharingNote,
  type RecordFamilySharingInput,
} from "./record-family-sharing.js";
export {
  getMeetingOutcomes,
  type MeetingOutcomesView,
  type OutcomeItemView,
  type SharingStatusView,
} from "./get-meeting-outcomes.js";
export {
  listOutstandingFamilySharing,
  type OutstandingSharingView,
} from "./list-outstanding-family-sharing.js";
export { getChildRecord, type ChildRecordEntry, type ChildRecordView } from "./get-child-record.js";
export { listUnmetNeed, type UnmetNeedView } from "./list-unmet-need.js";
export type { DecisionView, FamilySharingView } from "./decision-view.js";
export { ActionCodes, DecisionCodes } from "./decision-codes.js";
export { decisionNoticeKinds, isDecisionNoticeKind, type DecisionNoticeKind } from "./decision-notices.js";
export {
  loadDecisionNotice,
  type DecisionNoticeDelivery,
  type DecisionNoticeView,
} from "./load-decision-notice.js";
export { followUpDecision } from "./decision-follow-ups.js";

export { MeetingCodes, PaperCodes } from "./meeting-codes.js";
export * from "./list-panel-meetings.js";
export * from "./get-meeting.js";
export * from "./build-agenda.js";
export * from "./reorder-agenda.js";
export * from "./update-agenda-item.js";
export * from "./list-agenda-people.js";
export { moveAgendaItem, type MoveAgendaItemInput } from "./move-agenda-item.js";
export * from "./add-agenda-item.js";
export * from "./publish-agenda.js";
export {
  agendaCounts,
  agendaNoticeKinds,
  agendaPublishedKind,
  agendaForMemberKind,
  agendaInvitationKind,
  agendaPath,
  type AgendaCounts,
  type AgendaNoticeBase,
  type AgendaInvitationItem,
} from "./agenda-notices.js";
export { deadlineStates } from "./deadline-states.js";
export { agendaFingerprint } from "./agenda-fingerprint.js";
export { checkPaperFile } from "./papers/paper-rules.js";
export * from "./papers/upload-paper.js";
export * from "./papers/open-paper.js";
export * from "./papers/list-unread-papers.js";
export { childsPlanPaperId } from "./papers/childs-plan.js";
export * from "./load-agenda-delivery.js";
export * from "./meeting-chat/index.js";
export * from "./record-held-meetings.js";

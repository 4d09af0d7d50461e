export { MinuteCodes } from "./minute-codes.js";
export { minuteLimits } from "./minute-limits.js";
export { composeMinute, withheldCaseTitle } from "./compose-minute.js";
export { readActionsAndUnmetNeed, readMeetingRecord, type MeetingRecord } from "./meeting-record.js";
export { draftMinute } from "./draft-minute.js";
export { editMinute, type EditMinuteInput } from "./edit-minute.js";
export { circulateMinute } from "./circulate-minute.js";
export { agreeMinute } from "./agree-minute.js";
export { recordMinuteAgreements, type RecordMinuteAgreementsInput } from "./record-minute-agreements.js";
export { getMinutes, type MinutesView } from "./get-minutes.js";
export { changeMinuteSettings } from "./change-minute-settings.js";
export { minuteDeadline, type MinuteDeadline } from "./minute-deadline.js";
export { minuteDocument, minuteFileName, observationDocument } from "./minute-document.js";
export { fileMinuteVersion, type FilingOutcome } from "./file-minute-version.js";
export { fileCaseObservation } from "./file-case-observation.js";
export { recordCaseObservation } from "./record-case-observation.js";
export { listCaseObservations, type CaseObservationView } from "./list-case-observations.js";
export { listChildObservations } from "./list-child-observations.js";
export {
  isMinuteNoticeKind,
  minuteCirculatedKind,
  minuteFileKind,
  minuteNoticeKinds,
  minutesPath,
  observationFileKind,
} from "./minute-notices.js";
export { loadMinuteCirculatedDelivery, type MinuteCirculatedDelivery } from "./load-minute-delivery.js";

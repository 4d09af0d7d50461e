export { MeetingRoomCodes } from "./meeting-room-codes.js";
export { quorumOf, quorumSentence, type Quorum } from "./quorum.js";
export * from "./start-meeting.js";
export * from "./mark-attendance.js";
export { loadMeetingRoomView, type MeetingRoomView } from "./meeting-room-view.js";

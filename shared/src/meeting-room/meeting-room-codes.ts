import { errorCatalogue } from "../model/error-codes.js";

export const MeetingRoomCodes = errorCatalogue.meetingRoom;

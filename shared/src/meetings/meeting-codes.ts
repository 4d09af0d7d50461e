import { errorCatalogue } from "../model/error-codes.js";

export const MeetingCodes = errorCatalogue.meeting;
export const PaperCodes = errorCatalogue.papers;

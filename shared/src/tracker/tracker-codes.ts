import { errorCatalogue } from "../model/error-codes.js";

export const TrackerCodes = errorCatalogue.tracker;

import { errorCatalogue } from "../model/error-codes.js";

export const MinuteCodes = errorCatalogue.minutes;

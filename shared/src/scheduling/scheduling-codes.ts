import { errorCatalogue } from "../model/error-codes.js";

export const SchedulingCodes = errorCatalogue.scheduling;

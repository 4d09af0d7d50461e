import { errorCatalogue } from "../model/error-codes.js";

export const RetentionCodes = errorCatalogue.retention;

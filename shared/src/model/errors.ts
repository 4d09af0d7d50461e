import { errorCatalogue } from "./error-codes.js";

/** Error codes shared by every use case. Every code lives in the catalogue (`error-codes.ts`). */
export const ErrorCodes = errorCatalogue.common;

import { errorCatalogue } from "../model/error-codes.js";

/** Who saw a child, subject access and suspected breaches. Every code lives in the catalogue. */
export const DataProtectionCodes = errorCatalogue.dataProtection;

import { errorCatalogue } from "../model/error-codes.js";

export const ReportCodes = errorCatalogue.report;

import { errorCatalogue } from "../model/error-codes.js";

export const DecisionCodes = errorCatalogue.decisions;
export const ActionCodes = errorCatalogue.actions;

import { errorCatalogue } from "../model/error-codes.js";

export const VoteCodes = errorCatalogue.votes;

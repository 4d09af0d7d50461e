import { errorCatalogue } from "../model/error-codes.js";

export const ReviewCodes = errorCatalogue.review;

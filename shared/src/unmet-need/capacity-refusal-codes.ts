import { errorCatalogue } from "../model/error-codes.js";

export const CapacityRefusalCodes = errorCatalogue.capacityRefusal;

import { GraphError } from "@microsoft/microsoft-graph-client";
import { errorCatalogue, fail, ok, type DomainError, type Result } from "@convenor/shared";

/** Graph failures a caller can show; the codes live in the shared error catalogue. */
export const GraphErrorCodes = errorCatalogue.graph;

/** The domain error for a Graph status a caller can show; null for statuses that mean a bug (they throw). */
export function domainErrorForStatus(status: number, detail?: string | null): DomainError | null {
  if (status === 429) {
    return {
      code: GraphErrorCodes.throttled,
      message: "Microsoft 365 is busy right now. Please try again in a few minutes.",
    };
  }
  if (status <= 0 || status === 502 || status === 503 || status === 504) {
    return {
      code: GraphErrorCodes.unavailable,
      message: "Microsoft 365 is not responding right now. Please try again later.",
    };
  }
  if (status === 404)
    return { code: GraphErrorCodes.notFound, message: detail ?? "The item was not found in Microsoft 365." };
  if (status === 403) {
    return {
      code: GraphErrorCodes.forbidden,
      message: "Convenor is not allowed to do this in Microsoft 365. Ask your administrator.",
    };
  }
  if (status === 409)
    return { code: GraphErrorCodes.conflict, message: detail ?? "The item already exists." };
  return null;
}

/** Runs a Graph call; expected Graph failures become values, anything else is rethrown. */
export async function graphCall<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (error) {
    const mapped = graphFailureAsDomainError(error);
    if (!mapped) throw error;
    return { ok: false, error: mapped };
  }
}

export function graphFailureAsDomainError(error: unknown): DomainError | null {
  if (error instanceof GraphError) {
    // An answer whose body stopped arriving within the attempt timeout carries the answer's status.
    if (error.code === "TimeoutError") return domainErrorForStatus(0);
    return domainErrorForStatus(error.statusCode, error.message);
  }
  if (error instanceof TypeError && /fetch failed/i.test(error.message)) {
    return fail(
      GraphErrorCodes.unavailable,
      "Microsoft 365 cannot be reached right now. Please try again later.",
    ).error;
  }
  return null;
}

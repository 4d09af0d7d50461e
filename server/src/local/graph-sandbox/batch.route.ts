import type { SandboxFaults } from "./sandbox-faults.js";
import { faultCode, faultMessage } from "./sandbox-faults.js";
import {
  graphError,
  json,
  readJson,
  type SandboxContext,
  type SandboxRequest,
  type SandboxResponse,
} from "./sandbox-http.js";
import type { SandboxStats } from "./sandbox-stats.js";
import { routeGraph } from "./graph.router.js";

interface BatchStep {
  id?: string;
  method?: string;
  url?: string;
  body?: unknown;
  headers?: Record<string, string>;
  dependsOn?: string[];
}

interface StepResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** `POST /$batch`: up to 20 steps, run in order, a step whose dependency failed answers 424. */
export async function runBatch(
  context: SandboxContext,
  request: SandboxRequest,
  faults: SandboxFaults,
  stats: SandboxStats,
): Promise<SandboxResponse> {
  const body = readJson<{ requests?: BatchStep[] }>(request);
  const steps = body?.requests;
  if (!Array.isArray(steps) || steps.length === 0)
    return graphError(400, "BadRequest", "Invalid batch payload format.");
  if (steps.length > 20)
    return graphError(400, "BadRequest", "Number of batch request steps exceeds the maximum of 20.");
  const ids = new Set<string>();
  for (const step of steps) {
    if (!step.id || !step.method || !step.url || ids.has(step.id))
      return graphError(400, "BadRequest", "Each step needs a unique id, a method and a url.");
    ids.add(step.id);
  }
  const done = new Map<string, StepResponse>();
  for (const step of steps) {
    const id = step.id ?? "";
    const failedDependency = (step.dependsOn ?? []).some(
      (dependency) => (done.get(dependency)?.status ?? 424) >= 400,
    );
    const response = failedDependency
      ? {
          id,
          status: 424,
          headers: {},
          body: { error: { code: "FailedDependency", message: "A request it depends on failed." } },
        }
      : await runStep(context, request, step, faults, stats);
    done.set(id, response);
  }
  return json(200, { responses: steps.map((step) => done.get(step.id ?? "")) });
}

async function runStep(
  context: SandboxContext,
  parent: SandboxRequest,
  step: BatchStep,
  faults: SandboxFaults,
  stats: SandboxStats,
): Promise<StepResponse> {
  const id = step.id ?? "";
  const url = new URL((step.url ?? "").replace(/^\/?/, "/"), "http://step");
  const method = (step.method ?? "GET").toUpperCase();
  const path = url.pathname;
  const fault = faults.take(method, path, true);
  const stepRequest: SandboxRequest = {
    method,
    path,
    query: url.searchParams,
    headers: Object.fromEntries(
      Object.entries(step.headers ?? {}).map(([key, value]) => [key.toLowerCase(), value]),
    ),
    body: Buffer.from(
      step.body === undefined ? "" : typeof step.body === "string" ? step.body : JSON.stringify(step.body),
    ),
    token: parent.token,
  };
  let response: SandboxResponse;
  if (fault && !fault.afterHandling) {
    response = graphError(fault.status, faultCode(fault.status), faultMessage(fault.status), fault.headers);
  } else {
    response = await routeGraph(context, stepRequest);
    if (fault)
      response = graphError(fault.status, faultCode(fault.status), faultMessage(fault.status), fault.headers);
  }
  stats.graph.push({ method, path, status: response.status, inBatch: true });
  return {
    id,
    status: response.status,
    headers: { "Content-Type": "application/json", ...response.headers },
    ...(response.body === undefined ? {} : { body: response.body }),
  };
}

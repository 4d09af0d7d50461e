export {
  startGraphSandbox,
  sandboxAppDefaults,
  type GraphSandbox,
  type GraphSandboxOptions,
  type GraphSandboxFaults,
  type FaultRule,
} from "./graph-sandbox.js";
export { libraryColumns } from "./drive.routes.js";

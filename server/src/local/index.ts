// @convenor/server/local: local mode's demo data and tools, for the end-to-end suites and benchmarks (test/).
// Within server, only the composition root (start-service.ts) imports local/.
export { demoChildren } from "./seed/demo-children.js";
export { demoPeople } from "./seed/demo-people.js";
export { seedDemoData } from "./seed/seed-demo-data.js";
export {
  startAgentsPlayground,
  type AgentsPlaygroundOptions,
  type RunningPlayground,
} from "./agents-playground.js";

// Test support, not a package export (never built): the test workspace resolves it from source through the
// `@convenor/server/testing` alias (test/tsconfig.json `paths`, vitest.config.ts `resolve.alias`).
export {
  fakePanel,
  fakePeople,
  startHarness,
  type SandboxHarness,
} from "../graph/testing/sandbox-fixture.js";
// Graph's getSchedule limits, which the free/busy benchmark needs to count the fewest requests possible.
export { maxSchedulesPerRequest, maxWindowDays } from "../graph/free-busy-plan.js";
export { useLocalApiService, type ApiAnswer } from "./local-api-service.js";
export { dropSchemas, uniqueSchemaName } from "./postgres-schemas.js";
// Reads a rendered .docx back as text, and checks it names no child (minutes carry case references only).
export {
  docxPart,
  docxText,
  findChildIdentifiers,
  type DocxText,
} from "../documents/docx-text.test-support.js";

// @convenor/server's public surface: what the end-to-end suites and benchmarks (test/) need to start the
// service as main.ts does, or to assemble its parts (the HTTP app, the store, the outbox worker) around an
// in-memory store. Local mode's seed and Playground are the `./local` subpath (local/index.ts).
export { loadConfig, type Config } from "./config.js";
export { createLogger, type Logger } from "./logger.js";
export { startService, type RunningService, type StartOptions } from "./start-service.js";
export { createApp, type AppOptions } from "./http/create-app.js";
export { createStore, type OpenStore, type StoreConfig } from "./store/index.js";
export { OutboxWorker } from "./outbox/outbox-worker.js";
export { DocxWordDocuments, docxContentType } from "./documents/docx-word-documents.js";

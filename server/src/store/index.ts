export { createStore, defaultSqlitePath, type OpenStore, type StoreConfig } from "./create-store.js";
export type { StoreDialect } from "./store-dialect.js";

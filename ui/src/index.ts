// @convenor/ui: what the Outlook task pane and the Teams tab share. Browser-only, but free of Office.js and
// teams-js: each app keeps its host behind its own port.
export * from "./api/agenda-api.js";
export * from "./api/api-client.js";
export * from "./api/api-error.js";
export * from "./api/convenor-api.js";
export * from "./api/task-pane-messages.js";
export * from "./api/tracker-import.js";
export * from "./format/dates.js";
export * from "./components/agenda-view.js";
export * from "./components/deadline-list.js";
export * from "./components/error-banner.js";
export * from "./components/free-busy-grid.js";
export * from "./components/member-status.js";
export * from "./components/panel-picker.js";
export * from "./components/slot-list.js";
export * from "./components/agency-names.js";
export * from "./components/slot-breaches.js";

/*
 * Outlook hands add-ins EWS item ids; Graph wants REST ids, which are the same base64 with `/` as `-` and
 * `+` as `_`. The harness gives the pane EWS-form ids so the pane's `convertToRestId` step is exercised.
 */
export const toEwsId = (restId: string): string => restId.replace(/-/g, "/").replace(/_/g, "+");
export const toRestId = (ewsId: string): string => ewsId.replace(/\//g, "-").replace(/\+/g, "_");

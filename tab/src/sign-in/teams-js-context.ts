import { app, authentication } from "@microsoft/teams-js";
import type { TeamsContextPort } from "./teams-context.port.js";

/** The real Teams client, through `@microsoft/teams-js` (loaded only in Teams mode). */
export const teamsJsContext: TeamsContextPort = {
  isHosted: () => window.parent !== window || window.opener !== null,
  initialize: () => app.initialize(),
  context: async () => {
    const context = await app.getContext();
    return { theme: context.app.theme, subPageId: context.page.subPageId };
  },
  onThemeChange: (handler) => app.registerOnThemeChangeHandler(handler),
  getAuthToken: () => authentication.getAuthToken(),
};

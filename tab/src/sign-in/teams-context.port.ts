/** The few things the tab asks of Microsoft Teams (`@microsoft/teams-js`), so the sign-in logic runs on a fake. */
export interface TeamsContextPort {
  /** Whether the page is inside a frame or pop-up, as Teams hosts a tab; false means surely not in Teams. */
  isHosted(): boolean;
  /** `app.initialize()`: resolves once Teams answers. */
  initialize(): Promise<void>;
  /**
   * From `app.getContext()`: the Teams theme, and the sub-page a deep link to the tab names
   * (`context.page.subPageId`, the `subEntityId` of the link), e.g. `meetings/m-1`.
   */
  context(): Promise<{ theme?: string; subPageId?: string }>;
  /** `app.registerOnThemeChangeHandler`: the person switched Teams between light, dark and high contrast. */
  onThemeChange(handler: (theme: string) => void): void;
  /** `authentication.getAuthToken()`: Teams SSO, an Entra ID token for the app's `webApplicationInfo.resource`. */
  getAuthToken(): Promise<string>;
}

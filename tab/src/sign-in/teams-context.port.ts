/** The few things the tab asks of Microsoft Teams (`@microsoft/teams-js`), so the sign-in logic runs on a fake. */
export interface TeamsContextPort {
  /** Whether the page is inside a frame or pop-up, as Teams hosts a tab; false means surely not in Teams. */
  isHosted(): boolean;
  /** `app.initialize()`: resolves once Teams answers. */
  initialize(): Promise<void>;
  /** The Teams theme from `app.getContext()`. */
  theme(): Promise<string | undefined>;
  /** `app.registerOnThemeChangeHandler`: the person switched Teams between light, dark and high contrast. */
  onThemeChange(handler: (theme: string) => void): void;
  /** `authentication.getAuthToken()`: Teams SSO, an Entra ID token for the app's `webApplicationInfo.resource`. */
  getAuthToken(): Promise<string>;
}

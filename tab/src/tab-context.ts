import { createContext, useContext } from "react";
import type { Me } from "@convenor/shared";
import type { ApiClient, ConvenorApi } from "@convenor/ui";
import type { Session } from "./sign-in/session.js";

/** What every view needs: the API, who is signed in and their panels. */
export interface TabContextValue {
  /** JSON over the API, for the calls `convenor` does not name (referral lists, a panel's meetings). */
  api: ApiClient;
  convenor: ConvenorApi;
  me: Me;
  session: Session;
}

export const TabContext = createContext<TabContextValue | null>(null);

export function useTab(): TabContextValue {
  const value = useContext(TabContext);
  if (!value) throw new Error("useTab outside the signed-in shell");
  return value;
}

/** Panels the person chairs or coordinates: where they screen referrals and schedule meetings. */
export function panelsIManage(me: Me): Me["panels"] {
  return me.panels.filter((panel) => panel.roles.includes("chair") || panel.roles.includes("coordinator"));
}

/** Panels the person sits on (not only refers to): whose meetings and agendas they see. */
export function panelsISitOn(me: Me): Me["panels"] {
  return me.panels.filter((panel) => panel.roles.some((role) => role !== "referrer"));
}

/** Panels the person chairs: a chair answers who saw a child of these panels (004 Confidentiality). */
export function panelsIChair(me: Me): Me["panels"] {
  return me.panels.filter((panel) => panel.roles.includes("chair"));
}

/** The data protection page is for the data protection officer and panel chairs; the use cases set the scope. */
export function usesDataProtection(me: Me): boolean {
  return me.person.dataProtectionOfficer || panelsIChair(me).length > 0;
}

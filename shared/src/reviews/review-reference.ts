import { requestFingerprint } from "../referrals/request-fingerprint.js";

/** A plan's reference on shared agendas and cards: stable, and says nothing about the child. */
export const cinReference = (planId: string): string =>
  `CIN-${requestFingerprint(`cin-plan:${planId}`).slice(0, 6).toUpperCase()}`;

/** The tab's reviews page of a panel: ids only. */
export const reviewsPath = (panelId: string): string =>
  `/tab/#/panels/${encodeURIComponent(panelId)}/reviews`;

/** A suspected breach of confidentiality recorded against a child's record (004 Confidentiality). */
export interface SuspectedBreach {
  id: string;
  childId: string;
  /** The chair's panel when a chair recorded it; null when the data protection officer did. */
  panelId: string | null;
  whatHappened: string;
  discoveredOn: string;
  reportedBy: string;
  /** The period of the attached who-saw report, generated when the breach is viewed. */
  periodFrom: string;
  periodTo: string;
  recordedById: string;
  recordedAt: string;
}

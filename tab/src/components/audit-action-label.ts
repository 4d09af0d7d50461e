/** What an audited action means, as a data protection officer reads it; the stable code stays in the API. */
const labels: Record<string, string> = {
  "child.record-viewed": "Opened the child's record",
  "referral.viewed": "Opened a referral",
  "referral.view-refused": "Refused a referral",
  "referral.paper-opened": "Opened a paper",
  "referral.paper-refused": "Refused a paper",
  "referral.filed": "Filed a referral",
  "observation.viewed": "Read case observations",
  "observation.recorded": "Recorded a case observation",
  "minutes.viewed": "Read a minute",
  "tracker.viewed": "Opened the tracker",
  "tracker.red-list-viewed": "Opened the red list",
  "tracker.card-viewed": "Opened the tracker card",
  "case.viewed-in-meeting": "Opened the case in the meeting",
  "decision.viewed": "Read a decision",
  "review.list-viewed": "Opened the CIN reviews",
  "data-protection.child-found": "Looked the child up for data protection",
  "data-protection.who-saw-viewed": "Asked who saw the child",
  "data-protection.subject-access-exported": "Made a subject access export",
  "data-protection.breach-recorded": "Recorded a suspected breach",
  "data-protection.breaches-viewed": "Listed suspected breaches",
  "data-protection.refused": "Refused data protection access",
};

/** `meeting.red-list-item-added` reads "Meeting: red list item added" when no plainer words are known. */
export function auditActionLabel(action: string): string {
  const known = labels[action];
  if (known) return known;
  const [subject = "", ...rest] = action.split(".");
  const words = (text: string) => text.replaceAll("-", " ");
  const head = words(subject).replace(/^\w/, (first) => first.toUpperCase());
  return rest.length ? `${head}: ${words(rest.join("."))}` : head;
}

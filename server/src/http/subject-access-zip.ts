import { strToU8, zipSync } from "fflate";
import type { SubjectAccessExport } from "@convenor/shared";

const readme = (exported: SubjectAccessExport) => `Subject access export from Convenor

Child record id: ${exported.child.id}
Made: ${exported.generatedAt} by person ${exported.generatedById}

Everything Convenor holds about this child, one JSON file a part:

child.json              the child's record
referrals.json          every referral, each with its earlier versions
decisions.json          panel decisions about the child
family-sharing.json     when and how each decision was shared with the family
actions.json            actions on the child's agenda items
tracker.json            monthly RAG ratings, tracker entries and agreed ratings, by panel
case-observations.json  restricted case observations
cin-plans.json          Child in Need plans and their reviews
minutes.json            minutes of meetings where the child had a case item, with the case reference
who-saw.json            every audited access to the child's record, including this export

Minutes cover whole meetings: other children's case references and third parties' details must be
reviewed and redacted by the data protection officer before disclosure.
`;

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);

/** The export as one .zip: a README and one JSON file for each part. */
export function subjectAccessZip(exported: SubjectAccessExport): Uint8Array {
  return zipSync({
    "README.txt": strToU8(readme(exported)),
    "child.json": json(exported.child),
    "referrals.json": json(exported.referrals),
    "decisions.json": json(exported.decisions),
    "family-sharing.json": json(exported.familySharing),
    "actions.json": json(exported.actions),
    "tracker.json": json(exported.tracker),
    "case-observations.json": json(exported.caseObservations),
    "cin-plans.json": json(exported.cinPlans),
    "minutes.json": json(exported.minutes),
    "who-saw.json": json(exported.whoSaw),
  });
}

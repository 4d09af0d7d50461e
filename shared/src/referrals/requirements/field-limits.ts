/** Character limits shared by the referral form fields. */
export const limits = {
  name: 100,
  place: 200,
  person: 200,
  short: 500,
  answer: 2000,
  long: 4000,
  chronology: 8000,
  url: 2000,
  date: 10,
} as const;

/** The dates a referral can plausibly carry (dates of birth, consent): anything outside is a typing slip. */
export const earliestDate = "1900-01-01";
export const latestDate = "2099-12-31";

export const isoDateRegex = "^\\d{4}-\\d{2}-\\d{2}$";

/** A SharePoint document link: https only, on a SharePoint Online host. */
export const sharePointUrlRegex = "^https://[A-Za-z0-9-]+\\.sharepoint\\.com(/\\S*)?$";

/** Children's panels serve children under 18 (Children and Young People (Scotland) Act 2014). */
export const maxAgeAtReferral = 17;

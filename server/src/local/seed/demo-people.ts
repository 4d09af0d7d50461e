import type { Person } from "@convenor/shared";

const person = (
  id: string,
  displayName: string,
  email: string,
  jobTitle: string,
  agency: Person["agency"],
  objectIdSuffix: string,
  organisation: Person["organisation"] = "internal",
): Person => ({
  id,
  displayName,
  email,
  jobTitle,
  agency,
  entraObjectId: `7c0e0000-0000-4000-8000-${objectIdSuffix.padStart(12, "0")}`,
  organisation,
});

/** The demo tenant's staff: every role in DOMAIN.md is held by someone. Children are never people. */
export const demoPeople: Person[] = [
  person("p-chair", "Morag Chalmers", "morag.chalmers@convenor.test", "Area Children's Service Manager", "social-work", "1"),
  person("p-coord", "Iain Robertson", "iain.robertson@convenor.test", "Integrated Services Co-ordinator", "other", "2"),
  person("p-teacher", "Aileen MacLeod", "aileen.macleod@convenor.test", "Principal Teacher, Guidance (Named Person)", "education", "3"),
  person("p-hv", "Fiona Grant", "fiona.grant@convenor.test", "Health Visitor (Named Person)", "health", "4"),
  person("p-sw", "Daniel Okafor", "daniel.okafor@convenor.test", "Social Worker (Lead Professional)", "social-work", "5"),
  person("p-police", "Sgt Ewan Munro", "ewan.munro@convenor.test", "Area Designated Officer, Police", "police", "6"),
  person("p-psych", "Dr Rhona Fraser", "rhona.fraser@convenor.test", "Principal Educational Psychologist", "psychology", "7"),
  person("p-cic-manager", "Helen Carter", "helen.carter@convenor.test", "Service Manager, Children in Care", "social-work", "8"),
  person("p-external", "Sam Patel", "sam.patel@partner.example", "Consultant Community Paediatrician (partner trust)", "health", "9", "external"),
  person("p-reporter", "Catriona Stewart", "catriona.stewart@convenor.test", "Area Children's Reporter", "reporter", "10"),
  person("p-education-manager", "Graham Ross", "graham.ross@convenor.test", "Area Education Manager", "education", "11"),
  person("p-youth-justice", "Priya Shah", "priya.shah@convenor.test", "Youth Justice Team Leader", "youth-justice", "12"),
  person("p-cin-coordinator", "Olivia Bennett", "olivia.bennett@convenor.test", "CIN Coordinator", "social-work", "13"),
  person("p-housing", "Tom Baxter", "tom.baxter@convenor.test", "Housing Officer (no panel role)", "housing", "14"),
];

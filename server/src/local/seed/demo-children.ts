import type { Child, TrackedYoungPerson } from "@convenor/shared";
import { demoCinChildren } from "./demo-cin-plans.js";

const child = (
  id: string,
  givenName: string,
  familyName: string,
  dateOfBirth: string,
  school: string,
  locality: string,
  lookedAfter = false,
): Child => ({ id, givenName, familyName, dateOfBirth, school, locality, lookedAfter });

/** Fictional children. Tests assert that none of these names or dates reach a shared card or a log. */
export const demoChildren: Child[] = [
  child("c-01", "Ellie", "Sutherland", "2015-03-14", "Millburn Primary", "Inverness East"),
  child("c-02", "Jamie", "McKenzie", "2012-09-02", "Millburn Academy", "Inverness East"),
  child("c-03", "Ruairidh", "Campbell", "2017-01-23", "Crown Primary", "Inverness"),
  child("c-04", "Skye", "Henderson", "2011-06-30", "Inverness High School", "Inverness"),
  child("c-05", "Callum", "Fraser", "2013-11-11", "Culloden Academy", "Culloden"),
  child("c-06", "Isla", "Morrison", "2019-05-05", "Smithton Nursery", "Smithton"),
  child("c-07", "Kai", "Docherty", "2010-02-17", "Charleston Academy", "Inverness West", true),
  child("c-08", "Lucy", "Brennan", "2011-08-09", "Nairn Academy", "Nairn", true),
  child("c-09", "Tyler", "Walsh", "2009-12-01", "Inverness College", "Inverness", true),
  child("c-10", "Amira", "Hussain", "2010-10-20", "Millburn Academy", "Inverness East", true),
  child("c-11", "Connor", "Reid", "2011-04-27", "Culloden Academy", "Culloden", true),
  child("c-12", "Maya", "Kowalska", "2012-07-15", "Inverness Royal Academy", "Inverness", true),
  ...demoCinChildren,
];

/** Looked-after young people, 14-18, tracked monthly by the CiC High Risk Panel. */
export const trackedChildIds = ["c-07", "c-08", "c-09", "c-10", "c-11", "c-12"];
/** The two who are red two months running in the seeded tracker, so they are listed for the next panel. */
export const redTwiceChildIds = ["c-08", "c-11"];

/** Who rates each tracked young person on the High Risk Panel, and their team. */
export const demoCaseload: TrackedYoungPerson[] = [
  ["c-07", "p-sw", "Children in Care Team 1"],
  ["c-08", "p-sw", "Children in Care Team 1"],
  ["c-09", "p-sw", "Children in Care Team 1"],
  ["c-10", "p-sw-north", "Children in Care Team 2"],
  ["c-11", "p-sw-north", "Children in Care Team 2"],
  ["c-12", "p-sw-locality", "Locality Team (Hinckley)"],
].map(([childId, workerId, team]) => ({
  panelId: "panel-hrp",
  childId: childId!,
  workerId: workerId!,
  team: team!,
}));

import {
  panelPresets,
  presetSettings,
  type Panel,
  type PanelMembership,
  type PresetKey,
} from "@convenor/shared";

const panel = (id: string, preset: PresetKey, name: string, area: string): Panel => ({
  id,
  name,
  preset,
  code: panelPresets[preset].code,
  area,
  settings: presetSettings(preset),
});

/** One panel of each preset, named as the source procedures name them. */
export const demoPanels: Panel[] = [
  panel("panel-icsmg", "icsmg", "ICSMG Inverness, Nairn, Badenoch & Strathspey", "Inverness"),
  panel("panel-lcjst", "lc-jst", "Millburn Learning Community JST", "Inverness East"),
  panel("panel-isg", "isg", "Inverness Integrated Support Group", "Inverness"),
  panel("panel-cin", "cin-review", "Child in Need Reviews, North Team", "North"),
  panel("panel-hrp", "cic-hrp", "Children in Care High Risk Panel", "County-wide"),
  panel("panel-icsp", "strategic-review", "Integrated Children's Services Plan Review Group", "Highland"),
];

type Roles = PanelMembership["roles"];
const roles = (...list: Roles): Roles => list;

/** Who holds which role where: [personId, agency, roles] per panel. */
const membership: Record<string, [string, PanelMembership["agency"], Roles][]> = {
  "panel-icsmg": [
    ["p-chair", "social-work", roles("chair", "emergency-authoriser")],
    ["p-coord", "other", roles("coordinator")],
    ["p-education-manager", "education", roles("member")],
    ["p-police", "police", roles("member")],
    ["p-reporter", "reporter", roles("member")],
    ["p-psych", "psychology", roles("member")],
    ["p-external", "health", roles("member")],
    ["p-sw", "social-work", roles("referrer")],
    ["p-teacher", "education", roles("referrer")],
    ["p-youth-justice", "youth-justice", roles("referrer")],
  ],
  "panel-lcjst": [
    ["p-chair", "social-work", roles("chair", "emergency-authoriser")],
    ["p-coord", "other", roles("coordinator")],
    ["p-psych", "psychology", roles("member")],
    ["p-teacher", "education", roles("member", "referrer")],
    ["p-hv", "health", roles("referrer")],
    ["p-sw", "social-work", roles("referrer")],
  ],
  "panel-isg": [
    ["p-chair", "social-work", roles("chair", "emergency-authoriser")],
    ["p-coord", "other", roles("coordinator")],
    ["p-police", "police", roles("member")],
    ["p-psych", "psychology", roles("member")],
    ["p-education-manager", "education", roles("member")],
    ["p-teacher", "education", roles("referrer")],
    ["p-hv", "health", roles("referrer")],
    ["p-sw", "social-work", roles("referrer")],
  ],
  "panel-cin": [
    ["p-cin-coordinator", "social-work", roles("chair")],
    ["p-coord", "other", roles("coordinator")],
    ["p-cic-manager", "social-work", roles("member", "emergency-authoriser")],
    ["p-sw", "social-work", roles("member")],
    ["p-hv", "health", roles("member")],
  ],
  "panel-hrp": [
    ["p-cic-manager", "social-work", roles("chair", "emergency-authoriser")],
    ["p-coord", "other", roles("coordinator")],
    ["p-sw", "social-work", roles("member")],
    ["p-police", "police", roles("member")],
    ["p-youth-justice", "youth-justice", roles("member")],
    ["p-external", "health", roles("member")],
    ["p-education-manager", "education", roles("member")],
    // Social workers who rate young people on the tracker and sit on no panel: their own young people only.
    ["p-sw-north", "social-work", roles("referrer")],
    ["p-sw-locality", "social-work", roles("referrer")],
  ],
  "panel-icsp": [
    ["p-education-manager", "education", roles("chair")],
    ["p-coord", "other", roles("coordinator")],
    ["p-chair", "social-work", roles("member")],
    ["p-cic-manager", "social-work", roles("member")],
    ["p-external", "health", roles("member")],
  ],
};

export function demoMemberships(panelId: string): PanelMembership[] {
  return (membership[panelId] ?? []).map(([personId, agency, panelRoles]) => ({
    panelId,
    personId,
    agency,
    roles: panelRoles,
  }));
}

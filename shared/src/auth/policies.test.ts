import { describe, expect, it } from "vitest";
import type { AgendaItem } from "../model/meeting.js";
import type { PanelMembership, PanelRole } from "../model/panel.js";
import {
  canChangePanelSettings,
  canDecideUrgent,
  canRefer,
  canScreen,
  canSetClosureDays,
  canViewAgendaItem,
  canViewPanel,
  canViewReferral,
  isReferrerOf,
  rolesOn,
  urgentDecidersOf,
  type ReferralAccessFacts,
} from "./policies.js";

const panelId = "panel-isg";
const otherPanelId = "panel-lcjst";
const person = "p-1";

const membership = (roles: PanelRole[], on = panelId, who = person): PanelMembership => ({
  panelId: on,
  personId: who,
  roles,
  agency: "education",
});

const referral = (overrides: Partial<ReferralAccessFacts> = {}): ReferralAccessFacts => ({
  id: "ref-1",
  panelId,
  referrerId: "someone-else",
  state: "submitted",
  urgency: "routine",
  ...overrides,
});

const agendaItem = (overrides: Partial<AgendaItem> = {}): AgendaItem => ({
  id: "item-1",
  meetingId: "meeting-1",
  position: 1,
  source: "referral",
  title: "ISG-2026-0001",
  referralId: "ref-1",
  childId: "child-1",
  slotMinutes: 15,
  presenterId: null,
  invitedPersonIds: [],
  ...overrides,
});

const roleCases: { roles: PanelRole[]; label: string }[] = [
  { roles: [], label: "no role" },
  { roles: ["referrer"], label: "referrer" },
  { roles: ["member"], label: "member" },
  { roles: ["coordinator"], label: "coordinator" },
  { roles: ["chair"], label: "chair" },
  { roles: ["emergency-authoriser"], label: "emergency authoriser" },
];

const panel = (acceptsReferrals: boolean) => ({
  id: panelId,
  settings: { acceptsReferrals } as never,
});

describe("panel-level permissions by role", () => {
  const expected: Record<string, Record<string, boolean>> = {
    "no role": { view: false, refer: false, screen: false, urgent: false, settings: false },
    referrer: { view: true, refer: true, screen: false, urgent: false, settings: false },
    member: { view: true, refer: false, screen: false, urgent: false, settings: false },
    coordinator: { view: true, refer: true, screen: true, urgent: false, settings: false },
    chair: { view: true, refer: true, screen: true, urgent: false, settings: true },
    "emergency authoriser": { view: true, refer: false, screen: false, urgent: true, settings: false },
  };

  for (const { roles, label } of roleCases) {
    const memberships = roles.length ? [membership(roles)] : [];
    const want = expected[label]!;
    it(`${label}: view ${want.view}, refer ${want.refer}, screen ${want.screen}, urgent ${want.urgent}, settings ${want.settings}`, () => {
      expect(canViewPanel(memberships, person, panelId)).toBe(want.view);
      expect(canRefer(memberships, person, panel(true))).toBe(want.refer);
      expect(canScreen(memberships, person, panelId)).toBe(want.screen);
      const panelMembers = [...memberships, membership(["emergency-authoriser"], panelId, "p-authoriser")];
      expect(canDecideUrgent(memberships, person, panelId, panelMembers)).toBe(want.urgent);
      expect(canChangePanelSettings(memberships, person, panelId)).toBe(want.settings);
    });
  }

  it("no one refers to a panel that takes no referral form (CIN review, HRP)", () => {
    for (const roles of [["referrer"], ["chair"], ["coordinator"]] as PanelRole[][]) {
      expect(canRefer([membership(roles)], person, panel(false))).toBe(false);
    }
  });

  it("a role on another panel grants nothing on this one", () => {
    const memberships = [
      membership(["chair", "coordinator", "member", "emergency-authoriser", "referrer"], otherPanelId),
    ];
    expect(canViewPanel(memberships, person, panelId)).toBe(false);
    expect(canRefer(memberships, person, panel(true))).toBe(false);
    expect(canScreen(memberships, person, panelId)).toBe(false);
    expect(canDecideUrgent(memberships, person, panelId, memberships)).toBe(false);
    expect(canChangePanelSettings(memberships, person, panelId)).toBe(false);
  });

  it("a panel without an emergency authoriser leaves urgent requests to its chairs, and only to them", () => {
    const panelMembers = [membership(["chair"]), membership(["member"], panelId, "p-member")];
    expect(canDecideUrgent([membership(["chair"])], person, panelId, panelMembers)).toBe(true);
    expect(canDecideUrgent(panelMembers, "p-member", panelId, panelMembers)).toBe(false);
    expect(urgentDecidersOf(panelMembers, panelId)).toEqual([person]);
    const withAuthoriser = [...panelMembers, membership(["emergency-authoriser"], panelId, "p-authoriser")];
    expect(urgentDecidersOf(withAuthoriser, panelId)).toEqual(["p-authoriser"]);
  });

  it("another person's chair role grants nothing", () => {
    const memberships = [membership(["chair"], panelId, "p-2")];
    expect(canScreen(memberships, person, panelId)).toBe(false);
    expect(canChangePanelSettings(memberships, person, panelId)).toBe(false);
  });

  it("roles held on several memberships of the same panel add up", () => {
    const memberships = [membership(["member"]), membership(["emergency-authoriser"])];
    expect(rolesOn(memberships, person, panelId)).toEqual(["member", "emergency-authoriser"]);
    expect(canDecideUrgent(memberships, person, panelId, memberships)).toBe(true);
    expect(canScreen(memberships, person, panelId)).toBe(false);
  });
});

describe("who sees a referral", () => {
  it("its referrer sees it in every state, including a draft, without any panel role", () => {
    for (const state of ["draft", "submitted", "returned", "declined", "closed"] as const) {
      expect(canViewReferral([], person, referral({ referrerId: person, state }), [])).toBe(true);
    }
    expect(isReferrerOf(person, referral({ referrerId: person }))).toBe(true);
    expect(isReferrerOf(person, referral())).toBe(false);
  });

  it("another referrer on the same panel does not see it", () => {
    expect(canViewReferral([membership(["referrer"])], person, referral(), [agendaItem()])).toBe(false);
  });

  it("chairs and coordinators of its panel see it once submitted, but not someone else's draft", () => {
    for (const role of ["chair", "coordinator"] as const) {
      expect(canViewReferral([membership([role])], person, referral(), [])).toBe(true);
      expect(canViewReferral([membership([role])], person, referral({ state: "draft" }), [])).toBe(false);
      expect(canViewReferral([membership([role], otherPanelId)], person, referral(), [])).toBe(false);
    }
  });

  it("a panel member sees it only when it is on one of the panel's agendas", () => {
    const memberships = [membership(["member"])];
    expect(canViewReferral(memberships, person, referral(), [])).toBe(false);
    expect(canViewReferral(memberships, person, referral(), [agendaItem({ referralId: "ref-other" })])).toBe(
      false,
    );
    expect(canViewReferral(memberships, person, referral({ state: "scheduled" }), [agendaItem()])).toBe(true);
  });

  it("a member of another panel does not see it even when it is on an agenda", () => {
    expect(canViewReferral([membership(["member"], otherPanelId)], person, referral(), [agendaItem()])).toBe(
      false,
    );
  });

  it("an invited attendee sees the one item they are invited to, and no other", () => {
    const invited = agendaItem({ invitedPersonIds: [person] });
    expect(canViewReferral([], person, referral({ state: "scheduled" }), [invited])).toBe(true);
    expect(canViewReferral([], person, referral({ id: "ref-2" }), [invited])).toBe(false);
    expect(canViewReferral([], person, referral(), [agendaItem({ invitedPersonIds: ["p-9"] })])).toBe(false);
  });

  it("the emergency authoriser sees urgent referrals of their panel only", () => {
    const memberships = [membership(["emergency-authoriser"])];
    expect(canViewReferral(memberships, person, referral({ urgency: "urgent" }), [])).toBe(true);
    expect(canViewReferral(memberships, person, referral({ urgency: "routine" }), [])).toBe(false);
    expect(
      canViewReferral(
        [membership(["emergency-authoriser"], otherPanelId)],
        person,
        referral({ urgency: "urgent" }),
        [],
      ),
    ).toBe(false);
  });

  it("someone with no role and no invitation sees nothing", () => {
    expect(canViewReferral([], person, referral(), [agendaItem()])).toBe(false);
  });
});

describe("who sees an agenda item", () => {
  it("chairs, coordinators and members see every item; an invited attendee only their own; others none", () => {
    const item = agendaItem({ invitedPersonIds: ["guest"] });
    for (const role of ["chair", "coordinator", "member"] as const) {
      expect(canViewAgendaItem([membership([role])], person, panelId, item)).toBe(true);
    }
    for (const role of ["referrer", "emergency-authoriser"] as const) {
      expect(canViewAgendaItem([membership([role])], person, panelId, item)).toBe(false);
    }
    expect(canViewAgendaItem([], "guest", panelId, item)).toBe(true);
    expect(canViewAgendaItem([], "guest", panelId, agendaItem())).toBe(false);
    expect(canViewAgendaItem([membership(["member"], otherPanelId)], person, panelId, item)).toBe(false);
  });
});

describe("who sets the organisation's closure days", () => {
  it("is an administrator, whatever their panel roles; a chair or an unknown person is not", () => {
    expect(canSetClosureDays({ administrator: true })).toBe(true);
    expect(canSetClosureDays({ administrator: false })).toBe(false);
    expect(canSetClosureDays(null)).toBe(false);
  });
});

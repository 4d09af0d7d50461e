import { aValidReferralForm } from "@convenor/shared/testing";
import { demoPeople } from "@convenor/server/local";
import {
  brokenBody,
  deeplyNested,
  percentEncoded,
  weirdBearer,
  weirdContentType,
  weirdObject,
  weirdPathSegment,
  weirdString,
  weirdValue,
  type FuzzRequest,
  type Random,
} from "./fuzz-generators.js";
import { actionActivity, messageActivity, teamsUser } from "./teams-activities.js";

/** What the targets need from the running suite. */
export interface FuzzContext {
  seed: number;
  tokens: Record<string, string>;
  connectorUrl: string;
  sequence: number;
}

const json = (value: unknown) => ({
  headers: { "content-type": "application/json" },
  body: JSON.stringify(value),
});

function query(random: Random): string {
  const pairs = Array.from(
    { length: random.int(0, 4) },
    () =>
      `${random.pick(["view", "panelId", "x", "__proto__", "view[]", weirdPathSegment(random)])}=${weirdPathSegment(random)}`,
  );
  return pairs.length > 0 ? `?${pairs.join("&")}` : "";
}

const bearer = (context: FuzzContext, personId: string) => ({
  authorization: `Bearer ${context.tokens[personId]}`,
});
const somePerson = (random: Random) => random.pick(["p-chair", "p-hv", "p-teacher", "p-housing", "p-police"]);

/** Required fields of the ISG form, each with values it must refuse. */
const refusedValues: Record<string, (random: Random) => unknown> = {
  "child.givenName": (random) => random.pick([{}, [{}], "x".repeat(20_001), "A\u0000"]),
  "child.familyName": (random) => random.pick([{ a: 1 }, [[]], "y".repeat(20_001)]),
  "child.dateOfBirth": (random) =>
    random.pick([
      "2026-02-30",
      "2026-13-01",
      "0000-00-00",
      "2025-02-29",
      "not a date",
      "2013-05-14T99:00",
      {},
    ]),
  reason: (random) => random.pick([{}, ["a", {}], "z".repeat(20_001)]),
  urgency: (random) => random.pick(["<script>alert(1)</script>", "__proto__", {}, ["routine", "urgent"]]),
  "consent.status": (random) => random.pick(["constructor", "' OR '1'='1", {}]),
};

/** Each part of the HTTP surface, and how to send it something malformed. */
export const fuzzTargets: Record<string, (random: Random, context: FuzzContext) => FuzzRequest> = {
  "GET /api/me": (random, context) =>
    random.chance(0.6)
      ? {
          label: "",
          method: "GET",
          path: `/api/me${query(random)}`,
          headers: { authorization: weirdBearer(random) },
        }
      : {
          label: "",
          method: "GET",
          path: `/api/me/${weirdPathSegment(random)}${query(random)}`,
          headers: bearer(context, somePerson(random)),
        },

  "GET /api/panels": (random, context) => ({
    label: "",
    method: "GET",
    path: `/api/panels${query(random)}`,
    headers: random.chance(0.2)
      ? { authorization: weirdBearer(random) }
      : bearer(context, somePerson(random)),
  }),

  "GET /api/referrals": (random, context) => ({
    label: "",
    method: "GET",
    path: `/api/referrals${query(random)}`,
    headers: bearer(context, somePerson(random)),
  }),

  "GET /api/referrals/:id": (random, context) => ({
    label: "",
    method: "GET",
    path: `/api/referrals/${weirdPathSegment(random)}`,
    headers: bearer(context, somePerson(random)),
  }),

  "POST /api/referrals": (random, context) => {
    const headers = bearer(context, random.pick(["p-hv", "p-teacher", "p-housing"]));
    const key = `fuzz-${context.seed}-${context.sequence}`;
    switch (random.int(0, 4)) {
      case 0: {
        const body = brokenBody(random);
        return {
          label: "broken body",
          method: "POST",
          path: "/api/referrals",
          headers: { ...headers, "content-type": weirdContentType(random) },
          body,
        };
      }
      case 1:
        return {
          label: "deep body",
          method: "POST",
          path: "/api/referrals",
          headers: { ...headers, "content-type": "application/json" },
          body: `{"panelId":"panel-isg","idempotencyKey":"${key}","form":{"a":${deeplyNested(random)}}}`,
        };
      case 2:
        return {
          label: "junk object",
          method: "POST",
          path: "/api/referrals",
          ...mergeHeaders(json(weirdObject(random, 3)), headers),
        };
      case 3: {
        // Odd identifiers; a junk form is only ever submitted (a draft may be partial, a submission may not).
        const body = {
          panelId: random.chance(0.5) ? weirdString(random) : "panel-isg",
          idempotencyKey: random.chance(0.5) ? weirdString(random) : key,
          mode: random.chance(0.2) ? weirdValue(random, 0) : "submit",
          ...(random.chance(0.3) ? { draftId: weirdValue(random, 1) } : {}),
          form: weirdObject(random, 2),
        };
        return {
          label: "odd identifiers",
          method: "POST",
          path: "/api/referrals",
          ...mergeHeaders(json(body), headers),
        };
      }
      default: {
        const field = random.pick(Object.keys(refusedValues));
        const form = { ...aValidReferralForm("isg"), [field]: refusedValues[field]!(random) };
        if (random.chance(0.3)) {
          Object.defineProperty(form, random.pick(["__proto__", "constructor"]), {
            value: { admin: true },
            enumerable: true,
          });
        }
        const body = { panelId: "panel-isg", idempotencyKey: key, mode: "submit", form };
        return {
          label: `refused ${field}`,
          method: "POST",
          path: "/api/referrals",
          ...mergeHeaders(json(body), headers),
        };
      }
    }
  },

  // Only malformed or refused: a well-formed PUT by the administrator would change the closure days.
  "closure days": (random, context): FuzzRequest => {
    const year = random.pick([String(new Date().getUTCFullYear()), weirdPathSegment(random)]);
    switch (random.int(0, 3)) {
      case 0:
        return {
          label: "odd year",
          method: "GET",
          path: `/api/closure-days?year=${weirdPathSegment(random)}${query(random).replace("?", "&")}`,
          headers: bearer(context, somePerson(random)),
        };
      case 1:
        return {
          label: "broken body",
          method: "PUT",
          path: `/api/closure-days/${year}`,
          headers: { ...bearer(context, "p-coord"), "content-type": weirdContentType(random) },
          body: brokenBody(random),
        };
      case 2:
        return {
          label: "junk object",
          method: "PUT",
          path: `/api/closure-days/${year}`,
          ...mergeHeaders(json(weirdObject(random, 3)), bearer(context, "p-coord")),
        };
      default: {
        const day = {
          date: weirdString(random),
          reason: random.chance(0.5) ? weirdValue(random, 1) : "Closure",
        };
        return {
          label: "odd day",
          method: "PUT",
          path: `/api/closure-days/${year}`,
          ...mergeHeaders(json({ days: [day] }), bearer(context, random.pick(["p-coord", "p-chair"]))),
        };
      }
    }
  },

  "POST /local-issuer/token": (random): FuzzRequest => {
    if (random.chance(0.5)) {
      const persona = random.chance(0.8) ? weirdString(random) : "x".repeat(3_000);
      return {
        label: "persona",
        method: "POST",
        path: "/local-issuer/token",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          accept: random.pick(["application/json", "text/html"]),
        },
        body: `persona=${random.chance(0.3) ? weirdPathSegment(random) : percentEncoded(persona)}`,
      };
    }
    return {
      label: "broken body",
      method: "POST",
      path: `/local-issuer/token${query(random)}`,
      headers: { "content-type": weirdContentType(random) },
      body: brokenBody(random),
    };
  },

  "GET /local-issuer/signin": (random) => ({
    label: "",
    method: "GET",
    path: `/local-issuer/signin${query(random)}`,
    headers: {},
  }),

  "POST /api/messages": (random, context) => {
    const stranger = {
      id: "p-stranger",
      displayName: "Stranger",
      email: "s@x.test",
      entraObjectId: "not-a-convenor-user",
    };
    const personId = somePerson(random);
    const person = random.chance(0.5)
      ? demoPeople.find((candidate) => candidate.id === personId)!
      : (stranger as unknown as (typeof demoPeople)[number]);
    const conversation = { id: `a:fuzz-${context.seed}`, type: "personal" as const };
    const message = messageActivity(
      person,
      conversation,
      context.connectorUrl,
      weirdString(random).slice(0, 5_000),
    );
    const action = actionActivity(
      person,
      conversation,
      context.connectorUrl,
      random.pick([
        "refer.choose-panel",
        "referral.submit",
        "referral.save-draft",
        "referral.edit",
        "screening.open",
        "screening.decide",
        "urgent.open",
        "urgent.decide",
        weirdString(random),
      ]),
      {},
    );
    switch (random.int(0, 6)) {
      case 0:
        return {
          label: "broken body",
          method: "POST",
          path: "/api/messages",
          headers: { "content-type": weirdContentType(random) },
          body: random.chance(0.7) ? brokenBody(random) : deeplyNested(random),
        };
      case 1: {
        // One required part missing or of the wrong kind.
        const part = random.pick([
          "type",
          "id",
          "from",
          "recipient",
          "conversation",
          "channelId",
          "serviceUrl",
        ] as const);
        const broken: Record<string, unknown> = { ...message };
        if (random.chance(0.5)) delete broken[part];
        else broken[part] = weirdValue(random, 2);
        return { label: `bad ${part}`, method: "POST", path: "/api/messages", ...json(broken) };
      }
      case 2: {
        const serviceUrl = random.pick([
          "",
          "not a url",
          "ftp://files.example/",
          "javascript:alert(1)",
          "http://10.0.0.1/",
          "https://public.example/teams/",
          "http://[::1",
          "file:///etc/passwd",
          weirdString(random),
        ]);
        return {
          label: "bad serviceUrl",
          method: "POST",
          path: "/api/messages",
          ...json({ ...message, serviceUrl }),
        };
      }
      case 3: {
        const name = random.pick([
          "task/fetch",
          "composeExtension/query",
          "application/search",
          "signin/verifyState",
          "config/fetch",
          "fileConsent/invoke",
          "healthCheck",
          weirdString(random),
        ]);
        return {
          label: `invoke ${name.slice(0, 30)}`,
          method: "POST",
          path: "/api/messages",
          ...json({ ...message, type: "invoke", name, value: weirdValue(random, 2) }),
        };
      }
      case 4: {
        // A card action: odd action shapes, or Convenor's own data malformed (never a valid decision).
        const own = random.chance(0.5)
          ? weirdObject(random, 2)
          : {
              referralId: weirdValue(random, 0),
              decision: weirdString(random),
              nonce: weirdValue(random, 0),
              panelId: weirdString(random),
            };
        const value = random.pick([
          undefined,
          weirdValue(random, 2),
          { action: weirdObject(random, 2) },
          { action: { type: "Action.Submit", verb: action.value.action.verb, data: own } },
          {
            action: {
              type: "Action.Execute",
              verb: action.value.action.verb,
              data: { convenor: own, ...weirdObject(random, 1) },
            },
            trigger: weirdValue(random, 0),
          },
          { action: { type: "Action.Execute", verb: action.value.action.verb, data: weirdValue(random, 2) } },
        ]);
        return {
          label: `card action ${action.value.action.verb.slice(0, 30)}`,
          method: "POST",
          path: "/api/messages",
          ...json({ ...action, value }),
        };
      }
      case 5:
        return {
          label: "message",
          method: "POST",
          path: "/api/messages",
          ...json({
            ...message,
            text: random.pick([
              "refer",
              "queue",
              "my referrals",
              "help",
              `link panel ${weirdString(random)}`,
              weirdString(random),
            ]),
            ...(random.chance(0.5) ? { entities: weirdValue(random, 2) } : {}),
            ...(random.chance(0.5) ? { channelData: weirdObject(random, 2) } : {}),
          }),
        };
      default:
        return {
          label: "conversation update",
          method: "POST",
          path: "/api/messages",
          ...json({
            ...message,
            type: "conversationUpdate",
            text: undefined,
            membersAdded: random.pick([
              weirdValue(random, 2),
              [teamsUser(person)],
              [{ id: weirdString(random) }],
            ]),
          }),
        };
    }
  },
};

function mergeHeaders(
  request: { headers: Record<string, string>; body: string },
  headers: Record<string, string>,
): { headers: Record<string, string>; body: string } {
  return { headers: { ...headers, ...request.headers }, body: request.body };
}

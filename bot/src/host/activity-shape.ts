import { z } from "zod";
import { identifier } from "@convenor/shared";

const id = identifier(1024);
const account = z.looseObject({
  id,
  name: z.string().max(1024).nullish(),
  aadObjectId: id.nullish(),
});
/** botbuilder reads a mention's `mentioned.id` and `text` without checking them. */
const entity = z
  .looseObject({
    type: z.string().max(256),
    mentioned: account.nullish(),
    text: z.string().max(28_000).nullish(),
  })
  .refine(
    (item) => item.type.toLowerCase() !== "mention" || (item.mentioned && typeof item.text === "string"),
    "A mention needs who is mentioned and its text.",
  );
const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * The parts of a Bot Framework activity the bot relies on, checked before the adapter sees it: without them
 * botbuilder fails with internal errors, or (without `serviceUrl`) calls a public host. In local mode the
 * bot only replies to a loopback `serviceUrl` (the Playground, tests).
 */
export function activityShape(mode: "local" | "production") {
  const serviceUrl = z
    .string()
    .max(2048)
    .refine(
      (text) => {
        const url = URL.canParse(text) ? new URL(text) : null;
        if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) return false;
        return mode === "production" || loopbackHosts.has(url.hostname);
      },
      mode === "local" ? "Must be an http(s) URL on loopback in local mode." : "Must be an http(s) URL.",
    );
  return z
    .looseObject({
      type: identifier(64),
      id,
      name: z.string().max(256).nullish(),
      channelId: identifier(64),
      serviceUrl,
      from: account,
      recipient: account,
      conversation: z.looseObject({
        id,
        tenantId: id.nullish(),
        conversationType: z.string().max(64).nullish(),
      }),
      text: z.string().max(28_000).nullish(),
      channelData: z.looseObject({ tenant: z.looseObject({ id }).nullish() }).nullish(),
      value: z.unknown().optional(),
      entities: z.array(entity).max(100).nullish(),
      membersAdded: z.array(account).max(1_000).nullish(),
      membersRemoved: z.array(account).max(1_000).nullish(),
      attachments: z
        .array(z.looseObject({ contentType: z.string().max(256).nullish() }))
        .max(50)
        .nullish(),
    })
    .superRefine((activity, context) => {
      const mentions = (activity.entities ?? []).some((item) => item.type.toLowerCase() === "mention");
      if (mentions && typeof activity.text !== "string") {
        context.addIssue({
          code: "custom",
          path: ["text"],
          message: "A message with a mention needs its text.",
        });
      }
      if (activity.type !== "invoke" || activity.name !== "adaptiveCard/action") return;
      const value = cardActionValue.safeParse(activity.value);
      for (const issue of value.success ? [] : value.error.issues) {
        context.addIssue({ code: "custom", path: ["value", ...issue.path], message: issue.message });
      }
    });
}

/** An `Action.Execute` invoke's value: botbuilder reads `action.type` without checking `action` is there. */
const cardActionValue = z.looseObject({
  action: z.looseObject({
    type: z.string().max(64),
    verb: z.string().max(256).nullish(),
    data: z.unknown(),
  }),
  trigger: z.string().max(64).nullish(),
});

export type Command =
  | { kind: "refer" }
  | { kind: "my-referrals" }
  | { kind: "queue" }
  | { kind: "help" }
  | { kind: "link-panel"; panel: string }
  | { kind: "link-meeting" }
  | { kind: "start-meeting" }
  | { kind: "unknown"; text: string };

/** Parses a typed command; anything not recognised is `unknown` (answered with help). */
export function parseCommand(text: string): Command {
  const words = text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[.!?]$/, "");
  if (words === "refer" || words === "new referral") return { kind: "refer" };
  if (words === "my referrals" || words === "referrals") return { kind: "my-referrals" };
  if (words === "queue" || words === "screening queue") return { kind: "queue" };
  if (words === "help" || words === "" || words === "hi" || words === "hello") return { kind: "help" };
  if (words === "link meeting" || words === "link this meeting") return { kind: "link-meeting" };
  if (words === "start meeting") return { kind: "start-meeting" };
  const link = /^link panel (\S{1,64})$/.exec(words);
  if (link?.[1]) return { kind: "link-panel", panel: link[1] };
  return { kind: "unknown", text: words.slice(0, 200) };
}

import { adaptiveCard, facts, heading, paragraph, type AdaptiveCard } from "./card-elements.js";

export const commandHelp: readonly (readonly [string, string])[] = [
  ["refer", "File a referral to a panel (personal chat)"],
  ["my referrals", "Your referrals and where each one is"],
  ["queue", "Chairs and coordinators: referrals waiting for screening"],
  [
    "link panel CODE",
    "Chairs and coordinators, in a channel or group chat: post this panel's screening cards here",
  ],
  [
    "link meeting",
    "Chairs and coordinators, in a Teams meeting's chat: make it the chat of your panel's meeting",
  ],
  [
    "start meeting",
    "Chairs and coordinators, in the meeting's chat: post the running agenda, attendance and quorum there",
  ],
  ["help", "This list"],
];

/** Sent when Convenor is added to a chat: what it does here and the commands. */
export function welcomeCard(conversation: "personal" | "shared"): AdaptiveCard {
  return adaptiveCard([
    heading("Convenor"),
    paragraph(
      "Convenor runs multi-agency children's panels. Here in Teams you file referrals to a panel, chairs and coordinators screen them, and you hear each outcome.",
    ),
    paragraph(
      conversation === "shared"
        ? "In a channel or group chat, @mention Convenor with a command. Cards here show case references only, never a child's details."
        : "Type a command:",
    ),
    facts(commandHelp),
  ]);
}

export function helpCard(unknownCommand?: string): AdaptiveCard {
  return adaptiveCard([
    heading("Convenor commands"),
    ...(unknownCommand !== undefined
      ? [paragraph("I did not recognise that. These are the commands I understand:")]
      : []),
    facts(commandHelp),
  ]);
}

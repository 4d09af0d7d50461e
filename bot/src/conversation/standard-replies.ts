import { messageCard } from "../cards/message.card.js";

export const malformedActionCard = messageCard(
  "That card is out of date",
  "I could not read that action. Type **help** to start again.",
  "error",
);

export const notKnownCard = messageCard(
  "Not set up in Convenor",
  "I can't find you among Convenor's users. Ask your panel coordinator to add you, using the email address you sign in to Teams with.",
  "warning",
);

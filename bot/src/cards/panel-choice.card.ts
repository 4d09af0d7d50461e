import type { Panel } from "@convenor/shared";
import { adaptiveCard, execute, heading, paragraph, type AdaptiveCard } from "./card-elements.js";

export const choosePanelVerb = "refer.choose-panel";
export const panelInputId = "panelId";

/** Asks which panel to refer to, when the person can refer to several. */
export function panelChoiceCard(panels: readonly Pick<Panel, "id" | "name">[]): AdaptiveCard {
  return adaptiveCard(
    [
      heading("Make a referral"),
      paragraph("Which panel are you referring to? The form adapts to the panel."),
      {
        type: "Input.ChoiceSet",
        id: panelInputId,
        label: "Panel",
        isRequired: true,
        errorMessage: "Choose a panel.",
        style: "expanded",
        choices: panels.map((panel) => ({ title: panel.name, value: panel.id })),
      },
    ],
    [execute("Open the form", choosePanelVerb, {}, { style: "positive", associatedInputs: "auto" })],
  );
}

import type { Rag, RagArea } from "../model/rating.js";

/** The five areas as the tracker names them (004 Purpose and appendix 1). */
export const ragAreaLabels: Record<RagArea, string> = {
  "missing-or-exploitation": "Missing or exploitation",
  "education-employment-training": "Education, employment or training",
  "placement-permanency": "Placement permanency",
  "youth-justice": "Youth justice",
  health: "Health",
};

export const ragLabels: Record<Rag, string> = { red: "Red", amber: "Amber", green: "Green" };

/**
 * What each level means in each area, shown beside the choice (004 appendix 1). Only the red text for health
 * survives in the source; the others are written plainly in the same spirit and are the team's to revise.
 */
export const ragDescriptors: Record<RagArea, Record<Rag, string>> = {
  "missing-or-exploitation": {
    red: "Goes missing often or for long periods, or is known to be sexually or criminally exploited; plans are not reducing the risk.",
    amber:
      "Has gone missing, or there are concerns of exploitation; a plan is in place and agencies are acting on it.",
    green: "No missing episodes and no concerns of exploitation.",
  },
  "education-employment-training": {
    red: "Not in education, employment or training, and no place planned.",
    amber: "In part-time or unsettled education or training, or a place is planned but not started.",
    green: "In full-time education, employment or training, and attending.",
  },
  "placement-permanency": {
    red: "The placement is at risk of breaking down, or there is no plan for permanence.",
    amber: "The placement is stable for now, but permanence is not yet agreed.",
    green: "Settled in a placement agreed as permanent.",
  },
  "youth-justice": {
    red: "Recent or repeated offending, or at risk of custody or of criminal exploitation.",
    amber: "Known to youth justice or on out-of-court work; no recent offending.",
    green: "No involvement with the youth justice system.",
  },
  health: {
    red: "Involved at a high level with health services, including mental health. Plans are not clear and agencies are not developing appropriate plans.",
    amber:
      "Involved with health services, including mental health; plans are in place and agencies are working together.",
    green: "Health needs are met by universal services, with no concerns.",
  },
};

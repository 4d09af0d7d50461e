import { ukDateLabel } from "../calendar/iso-date.js";
import { agencyLabels } from "../model/people.js";
import type { CaseObservation, MinuteAgreement, MinuteVersion } from "../model/minute.js";
import type { Panel } from "../model/panel.js";
import type { WordDocument, WordSection } from "../ports/word-documents.port.js";

const statusLabel = { draft: "Draft", circulated: "Circulated", agreed: "Agreed" } as const;
const agreementLabel: Record<MinuteAgreement["state"], string> = {
  agreed: "Agreed",
  "not-agreed": "Not agreed",
  "not-yet": "Not yet asked",
};

/**
 * The minute as a Word document. The names the chair recorded with a CIN agreement stay in Convenor: the
 * document shows the relationship, the agreement and its date only, so it never carries a child's name.
 */
export function minuteDocument(
  minute: MinuteVersion,
  panel: Pick<Panel, "name" | "preset">,
  meetingDate: string,
): WordDocument {
  const { content } = minute;
  const people = (list: MinuteVersion["content"]["present"]) =>
    list.map((p) => `${p.name} (${agencyLabels[p.agency]})`);
  const sections: WordSection[] = [
    { kind: "list", heading: "Present", items: people(content.present) },
    { kind: "list", heading: "Apologies", items: people(content.apologies) },
    { kind: "paragraphs", heading: "Quorum", paragraphs: [content.quorum] },
    {
      kind: "table",
      heading: "Items",
      columns: ["No.", "Item", "Notes", "Decision", "Reasons", "Votes", "Dissent"],
      rows: content.items.map((item) => {
        const decisions = item.decisions;
        return [
          String(item.position),
          item.title,
          item.notes,
          decisions
            .map((d) => `${d.outcome}${d.castingOutcome ? " (chair's casting outcome)" : ""}`)
            .join("; "),
          decisions.map((d) => d.reasons).join("; "),
          decisions.map((d) => d.votes).join("; "),
          decisions.flatMap((d) => d.dissent.map((x) => `${x.name}: ${x.reason}`)).join("; "),
        ];
      }),
    },
  ];
  if (content.generalBusiness) {
    sections.push({
      kind: "paragraphs",
      heading: "General business",
      paragraphs: content.generalBusiness.split(/\n{2,}/),
    });
  }
  sections.push({
    kind: "table",
    heading: "Actions",
    columns: ["Action", "Owner", "Due", "Done"],
    rows: content.actions.map((a) => [
      a.description,
      a.ownerName,
      ukDateLabel(a.dueOn),
      a.done ? "Yes" : "No",
    ]),
  });
  sections.push({
    kind: "table",
    heading: "Unmet need",
    columns: ["Resource requested", "Case reference"],
    rows: content.unmetNeed.map((n) => [n.resource, n.caseReference ?? ""]),
  });
  if (content.progress.length) {
    sections.push({
      kind: "table",
      heading: "Outcome indicators: progress",
      columns: ["Outcome", "Indicator", "Work undertaken to date", "Work planned", "Half-year data", "Notes"],
      rows: content.progress.map((r) => [
        r.outcome,
        r.indicator,
        r.workUndertaken,
        r.workPlanned,
        r.halfYearData,
        r.notes,
      ]),
    });
  }
  if (minute.agreements.length || minute.contentiousIssues) {
    sections.push({
      kind: "table",
      heading: "Agreement to these minutes",
      columns: ["Relationship", "Agreement", "Date"],
      rows: minute.agreements.map((a) => [a.relationship, agreementLabel[a.state], a.on ?? ""]),
    });
    if (minute.contentiousIssues) {
      sections.push({
        kind: "paragraphs",
        heading: "Contentious issues",
        paragraphs: [minute.contentiousIssues],
      });
    }
  }
  return {
    preset: panel.preset,
    title: `${panel.name}: minute of the meeting on ${ukDateLabel(meetingDate)}`,
    subtitle: [
      panel.name,
      `Meeting: ${ukDateLabel(meetingDate)}`,
      `Version ${minute.version}`,
      `Status: ${statusLabel[minute.status]}`,
    ],
    footer: `${statusLabel[minute.status]}, version ${minute.version}`,
    sections,
  };
}

/** A case observation as a Word document, for the panel's restricted library: a case reference, never a name. */
export function observationDocument(
  observation: CaseObservation,
  panel: Pick<Panel, "name" | "preset">,
  caseReference: string,
  meetingDate: string,
  recordedByName: string,
): WordDocument {
  return {
    preset: panel.preset,
    title: `Case observation: ${caseReference}`,
    subtitle: [panel.name, `Meeting: ${ukDateLabel(meetingDate)}`, `Recorded by ${recordedByName}`],
    footer: "Restricted: case observation",
    sections: [{ kind: "paragraphs", heading: "Observation", paragraphs: observation.text.split(/\n{2,}/) }],
  };
}

/** The same name for the same version every time, so a retried upload replaces rather than adds a file. */
export const minuteFileName = (panelCode: string, meetingDate: string, version: number): string =>
  `${panelCode} minutes ${meetingDate} v${version}.docx`;

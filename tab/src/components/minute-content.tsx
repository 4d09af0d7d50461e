import type { ReactNode } from "react";
import {
  Link,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { MinuteVersion } from "@convenor/shared";
import { agencyNames, formatDay } from "@convenor/ui";
import { Section } from "./page.js";
import { TableCaption } from "./table-caption.js";

const useStyles = makeStyles({
  pre: { whiteSpace: "pre-wrap" },
});

const outcomeLabel = {
  approved: "Approved",
  declined: "Declined",
  deferred: "Deferred",
  noted: "Noted",
} as const;
export const minuteStatusLabel = { draft: "Draft", circulated: "Circulated", agreed: "Agreed" } as const;

const people = (list: MinuteVersion["content"]["present"]) =>
  list.length ? list.map((p) => `${p.name} (${agencyNames[p.agency]})`).join("; ") : "None recorded";

/** The minute as it reads: attendance, quorum, items with their decisions, actions, unmet need. */
export function MinuteContent(props: { minute: MinuteVersion }): ReactNode {
  const styles = useStyles();
  const { content } = props.minute;
  return (
    <Section
      title={`Version ${props.minute.version}: ${minuteStatusLabel[props.minute.status]}`}
      id="minute-content"
    >
      <Text>
        <strong>Present:</strong> {people(content.present)}
      </Text>
      <Text>
        <strong>Apologies:</strong> {people(content.apologies)}
      </Text>
      <Text>{content.quorum}</Text>
      <Table size="small">
        <TableCaption>Items and decisions</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">No.</TableHeaderCell>
            <TableHeaderCell scope="col">Item</TableHeaderCell>
            <TableHeaderCell scope="col">Notes</TableHeaderCell>
            <TableHeaderCell scope="col">Decision and reasons</TableHeaderCell>
            <TableHeaderCell scope="col">Votes and dissent</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {content.items.map((item) => (
            <TableRow key={item.agendaItemId}>
              <TableCell>{item.position}</TableCell>
              <TableHeaderCell scope="row">{item.title}</TableHeaderCell>
              <TableCell className={styles.pre}>{item.notes}</TableCell>
              <TableCell>
                {item.decisions.map((d) => `${outcomeLabel[d.outcome]}: ${d.reasons}`).join(" ")}
              </TableCell>
              <TableCell>
                {item.decisions
                  .map((d) =>
                    [d.votes, ...d.dissent.map((x) => `${x.name} dissented: ${x.reason}`)].join(". "),
                  )
                  .join(" ")}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {content.generalBusiness && (
        <Text className={styles.pre}>
          <strong>General business:</strong> {content.generalBusiness}
        </Text>
      )}
      <Text>
        <strong>Actions:</strong>{" "}
        {content.actions.length
          ? content.actions
              .map(
                (a) => `${a.description} (${a.ownerName}, by ${formatDay(a.dueOn)}${a.done ? ", done" : ""})`,
              )
              .join("; ")
          : "None raised"}
      </Text>
      <Text>
        <strong>Unmet need:</strong>{" "}
        {content.unmetNeed.length
          ? content.unmetNeed
              .map((n) => (n.caseReference ? `${n.resource} (${n.caseReference})` : n.resource))
              .join("; ")
          : "None recorded"}
      </Text>
    </Section>
  );
}

/** Every version kept, with where each agreed one was filed (a link: the file stays in SharePoint). */
export function MinuteVersions(props: { versions: MinuteVersion[] }): ReactNode {
  const when = (iso: string | null) => (iso ? formatDay(iso) : "—");
  return (
    <Section title="Versions" id="minute-versions">
      <Table size="small">
        <TableCaption>Every version of the minute, oldest first</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Version</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
            <TableHeaderCell scope="col">Last edited</TableHeaderCell>
            <TableHeaderCell scope="col">Circulated</TableHeaderCell>
            <TableHeaderCell scope="col">Agreed</TableHeaderCell>
            <TableHeaderCell scope="col">Filed</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.versions.map((v) => (
            <TableRow key={v.version}>
              <TableHeaderCell scope="row">{v.version}</TableHeaderCell>
              <TableCell>{minuteStatusLabel[v.status]}</TableCell>
              <TableCell>{when(v.editedAt)}</TableCell>
              <TableCell>{when(v.circulatedAt)}</TableCell>
              <TableCell>{when(v.agreedAt)}</TableCell>
              <TableCell>
                {v.filedUrl ? (
                  <Link href={v.filedUrl} target="_blank" rel="noreferrer">
                    Open version {v.version} in SharePoint
                  </Link>
                ) : v.status === "agreed" ? (
                  "Filing to SharePoint…"
                ) : (
                  "—"
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}

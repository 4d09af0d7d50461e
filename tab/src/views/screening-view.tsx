import type { ReactNode } from "react";
import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { ScreeningDetail } from "@convenor/shared";
import { LoadState } from "../components/load-state.js";
import { Page, Section } from "../components/page.js";
import { Facts } from "../components/facts.js";
import { ReferralAnswers } from "../components/referral-answers.js";
import { ReferralHistory, ReferralOverview } from "../components/referral-overview.js";
import { RouteLink } from "../components/route-link.js";
import { useLoad } from "../components/use-load.js";
import { dateTimeLabel, stateLabel } from "../labels.js";
import { useTab } from "../tab-context.js";

/** What a screener weighs: the referral, its resubmissions, the ISG's LC-JST standing, the meetings it could go to. */
export default function ScreeningView(props: { referralId: string }): ReactNode {
  const { api } = useTab();
  const screening = useLoad(
    () => api.get<ScreeningDetail>(`/referrals/${encodeURIComponent(props.referralId)}/screening`),
    props.referralId,
  );
  return (
    <LoadState state={screening} what="the referral">
      {(value) => (
        <Page title={`Screening ${value.detail.referral.reference ?? "(draft)"}`}>
          <ReferralOverview detail={value.detail} />
          {!value.canScreen && (
            <MessageBar intent="warning">
              <MessageBarBody>
                You can read this referral, but only the panel's chair or coordinator screens it.
              </MessageBarBody>
            </MessageBar>
          )}
          {value.canScreen && value.detail.referral.state === "submitted" && (
            <Text>Accept, return or decline it from its screening card in the Convenor chat.</Text>
          )}
          {value.resubmission && <Resubmission view={value} />}
          {value.lcjst && <Lcjst view={value} />}
          <Section title="Meetings it could go to" id="screening-meetings">
            {value.upcomingMeetings.length === 0 ? (
              <Text>The panel has no planned meeting yet.</Text>
            ) : (
              <ul>
                {value.upcomingMeetings.map((meeting) => (
                  <li key={meeting.id}>
                    <RouteLink to={{ view: "meeting", meetingId: meeting.id }}>
                      {dateTimeLabel(meeting.startsAt)}
                    </RouteLink>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <ReferralAnswers detail={value.detail} />
          <ReferralHistory detail={value.detail} />
        </Page>
      )}
    </LoadState>
  );
}

function Resubmission(props: { view: ScreeningDetail }): ReactNode {
  const resubmission = props.view.resubmission!;
  return (
    <Section
      title={`Returned ${resubmission.rounds.length} time(s) and resubmitted`}
      id="screening-resubmission"
    >
      <Facts
        label="The latest return"
        facts={[
          ["Question asked", resubmission.latest.question],
          ["Referrer's answer", resubmission.latest.answer],
          ["Resubmitted", dateTimeLabel(resubmission.latest.resubmittedAt)],
        ]}
      />
      {resubmission.changes.length > 0 && (
        <Facts
          label="Answers changed"
          facts={resubmission.changes.map((change) => [
            change.label,
            `${changeText(change.before)} → ${changeText(change.after)}`,
          ])}
        />
      )}
    </Section>
  );
}

function Lcjst(props: { view: ScreeningDetail }): ReactNode {
  const lcjst = props.view.lcjst!;
  const records = [...lcjst.decided, ...lcjst.awaiting];
  return (
    <Section title="LC-JST outcome" id="screening-lcjst">
      <Text>
        Stated by the referrer: {lcjst.statedByReferrer ?? "not stated"}.{" "}
        {records.length === 0
          ? "Convenor holds no LC-JST referral for this child."
          : "LC-JST referrals Convenor holds for this child:"}
      </Text>
      {records.length > 0 && (
        <ul>
          {records.map((record) => (
            <li key={record.referralId}>
              {record.reference ?? "Draft"}: {stateLabel(record.state)}
              {record.decidedAt ? `, decided ${dateTimeLabel(record.decidedAt)}` : ", awaiting its outcome"}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** A changed answer as it was or became: blank, a list joined, or the value. */
function changeText(value: unknown): string {
  if (value === undefined || value === null || value === "") return "(blank)";
  if (Array.isArray(value)) return value.map(changeText).join(", ");
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return String(value);
  return JSON.stringify(value);
}

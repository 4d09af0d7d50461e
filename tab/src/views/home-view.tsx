import type { ReactNode } from "react";
import { Text } from "@fluentui/react-components";
import type { MeetingDetailView, ReferralPage } from "@convenor/shared";
import { meetingsComing } from "../api/meetings.js";
import { LoadState } from "../components/load-state.js";
import { MeetingTable } from "../components/meeting-table.js";
import { Page, Section } from "../components/page.js";
import { PaperList } from "../components/paper-list.js";
import { ReferralTable } from "../components/referral-table.js";
import { RouteLink } from "../components/route-link.js";
import { useLoad } from "../components/use-load.js";
import { panelsIManage, panelsISitOn, useTab } from "../tab-context.js";

const shownOnHome = 5;

/** What needs the person now: referrals to screen, their own referrals that wait for them, meetings, papers. */
export function HomeView(): ReactNode {
  const { me } = useTab();
  return (
    <Page title="What needs me">
      {panelsIManage(me).length > 0 && <ReferralsToScreen />}
      <MyReferralsWaiting />
      {panelsISitOn(me).length > 0 && <MeetingsAndPapers />}
    </Page>
  );
}

function ReferralsToScreen(): ReactNode {
  const { api } = useTab();
  const queue = useLoad(
    () => api.get<ReferralPage>("/referrals", { view: "queue", limit: shownOnHome }),
    "queue",
  );
  return (
    <Section title="Referrals to screen" id="home-screen">
      <LoadState state={queue} what="the screening queue">
        {(page) =>
          page.items.length === 0 ? (
            <Text>No referral is waiting for screening.</Text>
          ) : (
            <>
              <Text>
                {page.nextCursor ? `More than ${page.items.length}` : page.items.length} waiting, urgent
                first.
              </Text>
              <ReferralTable
                caption="Referrals to screen"
                referrals={page.items}
                linkTo={(referral) => ({ view: "screening", referralId: referral.id })}
              />
              <RouteLink to={{ view: "queue" }}>Open the screening queue</RouteLink>
            </>
          )
        }
      </LoadState>
    </Section>
  );
}

function MyReferralsWaiting(): ReactNode {
  const { api } = useTab();
  const mine = useLoad(() => api.get<ReferralPage>("/referrals", { view: "mine", limit: 50 }), "mine");
  return (
    <Section title="Your referrals waiting for you" id="home-mine">
      <LoadState state={mine} what="your referrals">
        {(page) => {
          const waiting = page.items.filter((r) => r.state === "returned" || r.state === "draft");
          return waiting.length === 0 ? (
            <Text>
              None of your referrals needs anything from you.{" "}
              <RouteLink to={{ view: "my-referrals" }}>See all your referrals</RouteLink>
            </Text>
          ) : (
            <>
              <Text>Returned referrals need your answer; drafts are not sent yet.</Text>
              <ReferralTable
                caption="Your referrals waiting for you"
                referrals={waiting}
                linkTo={(referral) => ({ view: "referral", referralId: referral.id })}
              />
            </>
          );
        }}
      </LoadState>
    </Section>
  );
}

interface Coming {
  meetings: Awaited<ReturnType<typeof meetingsComing>>;
  details: MeetingDetailView[];
}

function MeetingsAndPapers(): ReactNode {
  const { api, convenor, me } = useTab();
  const coming = useLoad<Coming>(async () => {
    const meetings = await meetingsComing(
      api,
      panelsISitOn(me).map((p) => p.panelId),
      new Date(),
      shownOnHome,
    );
    const details = await Promise.all(meetings.slice(0, 3).map((m) => convenor.meeting(m.id)));
    return { meetings, details };
  }, "coming");
  return (
    <>
      <Section title="Meetings coming" id="home-meetings">
        <LoadState state={coming} what="your meetings">
          {({ meetings }) =>
            meetings.length === 0 ? (
              <Text>No meeting is planned on your panels.</Text>
            ) : (
              <MeetingTable caption="Meetings coming" meetings={meetings} />
            )
          }
        </LoadState>
      </Section>
      <Section title="Papers to read" id="home-papers">
        <LoadState state={coming} what="the papers">
          {({ details }) => {
            const all = details.flatMap((detail) =>
              detail.agenda.items.flatMap((item) =>
                item.papers.map((paper) => ({ paper, item, meeting: detail.meeting })),
              ),
            );
            const unread = all.filter(({ paper }) => !paper.readByMe);
            if (all.length === 0) return <Text>No papers yet for your next meetings.</Text>;
            if (unread.length === 0) return <Text>You have read every paper for your next meetings.</Text>;
            return <PaperList caption="Papers to read" papers={unread} />;
          }}
        </LoadState>
      </Section>
    </>
  );
}

import type { ReactNode } from "react";
import { Text } from "@fluentui/react-components";
import { PagedReferrals } from "../components/paged-referrals.js";
import { Page } from "../components/page.js";
import { RouteLink } from "../components/route-link.js";
import { useTab } from "../tab-context.js";

/** Every referral the person made, drafts included, most recently changed first. */
export default function MyReferralsView(): ReactNode {
  const { me } = useTab();
  const referring = me.panels.filter((panel) => panel.roles.includes("referrer"));
  return (
    <Page title="My referrals">
      {referring.length > 0 && (
        <Text as="p">
          A third-sector organisation could not help for lack of capacity or a waiting list? Record it,
          without naming the child, on the unmet need register of{" "}
          {referring.map((panel, index) => (
            <span key={panel.panelId}>
              {index > 0 && (index === referring.length - 1 ? " or " : ", ")}
              <RouteLink to={{ view: "unmet-need", panelId: panel.panelId }}>{panel.panelName}</RouteLink>
            </span>
          ))}
          .
        </Text>
      )}
      <PagedReferrals
        caption="My referrals"
        query={{ view: "mine" }}
        empty="You have not made a referral yet. Start one in the Convenor chat: type refer."
        linkTo={(referral) => ({ view: "referral", referralId: referral.id })}
      />
    </Page>
  );
}

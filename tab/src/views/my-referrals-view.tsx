import type { ReactNode } from "react";
import { PagedReferrals } from "../components/paged-referrals.js";
import { Page } from "../components/page.js";

/** Every referral the person made, drafts included, most recently changed first. */
export default function MyReferralsView(): ReactNode {
  return (
    <Page title="My referrals">
      <PagedReferrals
        caption="My referrals"
        query={{ view: "mine" }}
        empty="You have not made a referral yet. Start one in the Convenor chat: type refer."
        linkTo={(referral) => ({ view: "referral", referralId: referral.id })}
      />
    </Page>
  );
}

import type { ReactNode } from "react";
import type { ReferralDetail } from "@convenor/shared";
import { LoadState } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { ReferralAnswers } from "../components/referral-answers.js";
import { ReferralHistory, ReferralOverview } from "../components/referral-overview.js";
import { useLoad } from "../components/use-load.js";
import { useTab } from "../tab-context.js";

/** One referral in full, for someone allowed to read it (`GET /api/referrals/{id}`, audited by the service). */
export default function ReferralView(props: { referralId: string }): ReactNode {
  const { api } = useTab();
  const detail = useLoad(
    () => api.get<ReferralDetail>(`/referrals/${encodeURIComponent(props.referralId)}`),
    props.referralId,
  );
  return (
    <LoadState state={detail} what="the referral">
      {(value) => (
        <Page title={`Referral ${value.referral.reference ?? "(draft)"}`}>
          <ReferralOverview detail={value} />
          <ReferralAnswers detail={value} />
          <ReferralHistory detail={value} />
        </Page>
      )}
    </LoadState>
  );
}

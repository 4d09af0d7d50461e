import type { ReactNode } from "react";
import { Text } from "@fluentui/react-components";
import type { ReferralDetail } from "@convenor/shared";
import { RouteLink } from "../components/route-link.js";
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
          {value.referral.childId &&
            ["heard", "decided", "deferred", "closed"].includes(value.referral.state) && (
              <Text>
                <RouteLink to={{ view: "child", childId: value.referral.childId }}>
                  The child&apos;s record: decisions, family sharing and actions
                </RouteLink>
              </Text>
            )}
        </Page>
      )}
    </LoadState>
  );
}

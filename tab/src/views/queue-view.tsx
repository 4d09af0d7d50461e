import { useState, type ReactNode } from "react";
import { Field, Select } from "@fluentui/react-components";
import { PagedReferrals } from "../components/paged-referrals.js";
import { Page } from "../components/page.js";
import { panelsIManage, useTab } from "../tab-context.js";

/** Submitted referrals waiting for screening on the panels the person chairs or coordinates. */
export default function QueueView(): ReactNode {
  const { me } = useTab();
  const panels = panelsIManage(me);
  const [panelId, setPanelId] = useState("");
  return (
    <Page title="Screening queue">
      <Field label="Panel" style={{ maxWidth: "32rem" }}>
        <Select value={panelId} onChange={(_event, data) => setPanelId(data.value)}>
          <option value="">All my panels</option>
          {panels.map((panel) => (
            <option key={panel.panelId} value={panel.panelId}>
              {panel.panelName}
            </option>
          ))}
        </Select>
      </Field>
      <PagedReferrals
        caption="Referrals waiting for screening"
        query={{ view: "queue", panelId: panelId || undefined }}
        empty="No referral is waiting for screening."
        linkTo={(referral) => ({ view: "screening", referralId: referral.id })}
      />
    </Page>
  );
}

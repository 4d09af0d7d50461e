import { useState, type ReactNode } from "react";
import { Button, Text } from "@fluentui/react-components";
import type { ReferralSummary } from "@convenor/shared";
import { loadPagedList, type PagedList, type Query } from "../api/paged-list.js";
import type { Route } from "../routing/routes.js";
import { useTab } from "../tab-context.js";
import { LoadState } from "./load-state.js";
import { ReferralTable } from "./referral-table.js";
import { failureMessage, useLoad } from "./use-load.js";

/** A referral list a page at a time, with "Show more" while the API has a next page. */
export function PagedReferrals(props: {
  caption: string;
  query: Query;
  empty: string;
  linkTo: (referral: ReferralSummary) => Route;
}): ReactNode {
  const { api } = useTab();
  const list = useLoad(
    () => loadPagedList<ReferralSummary>(api, "/referrals", props.query),
    JSON.stringify(props.query),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <LoadState state={list} what={props.caption.toLowerCase()}>
      {(value: PagedList<ReferralSummary>, replace) =>
        value.items.length === 0 ? (
          <Text>{props.empty}</Text>
        ) : (
          <>
            <ReferralTable caption={props.caption} referrals={value.items} linkTo={props.linkTo} />
            <Text aria-live="polite">
              Showing {value.items.length}
              {value.hasMore ? "; there are more." : ", all of them."}
            </Text>
            {value.hasMore && (
              <div>
                <Button
                  disabled={busy}
                  onClick={() => {
                    setBusy(true);
                    setError(null);
                    value
                      .loadMore()
                      .then(replace, (e: unknown) => setError(failureMessage(e)))
                      .finally(() => setBusy(false));
                  }}
                >
                  {busy ? "Loading…" : "Show more"}
                </Button>
              </div>
            )}
            {error && <Text role="alert">{error}</Text>}
          </>
        )
      }
    </LoadState>
  );
}

import type { ReactNode } from "react";
import { Text } from "@fluentui/react-components";
import { outcomesApi } from "../api/outcomes.js";
import { useTab } from "../tab-context.js";
import { ActionList } from "./action-list.js";
import { LoadState } from "./load-state.js";
import { Section } from "./page.js";
import { useLoad } from "./use-load.js";

/** The meeting page's actions: those carried forward from earlier meetings until done, and those agreed here. */
export function MeetingActions(props: { meetingId: string }): ReactNode {
  const { api } = useTab();
  const actions = useLoad(
    () => outcomesApi.meetingActions(api, props.meetingId),
    `actions-${props.meetingId}`,
  );
  return (
    <Section title="Actions" id="meeting-actions">
      <LoadState state={actions} what="the actions">
        {(value) =>
          value.carriedForward.length + value.agreed.length === 0 ? (
            <Text block>No actions.</Text>
          ) : (
            <>
              {value.carriedForward.length > 0 && (
                <>
                  <h3>Carried forward from earlier meetings</h3>
                  <ActionList label="Actions carried forward" actions={value.carriedForward} />
                </>
              )}
              {value.agreed.length > 0 && (
                <>
                  <h3>Agreed at this meeting</h3>
                  <ActionList label="Actions agreed at this meeting" actions={value.agreed} />
                </>
              )}
            </>
          )
        }
      </LoadState>
    </Section>
  );
}

import { lazy, Suspense, type ReactNode } from "react";
import { Spinner } from "@fluentui/react-components";
import type { MeetingDetailView } from "@convenor/shared";
import { useTab } from "../tab-context.js";
import { Section } from "./page.js";

// Loaded only for a chair or coordinator: members never download the management tools.
const AgendaManager = lazy(() =>
  import("@convenor/ui/agenda-manager").then((module) => ({ default: module.AgendaManager })),
);

/** The chair's or coordinator's tools for a meeting's agenda and papers; nothing for anyone else. */
export function AgendaManagement(props: {
  detail: MeetingDetailView;
  onDetailChange: (detail: MeetingDetailView) => void;
}): ReactNode {
  const { api } = useTab();
  if (!props.detail.canManage) return null;
  return (
    <Section title="Manage the agenda" id="manage-agenda">
      <Suspense fallback={<Spinner size="small" label="Loading the agenda tools…" labelPosition="after" />}>
        <AgendaManager client={api} detail={props.detail} onDetailChange={props.onDetailChange} />
      </Suspense>
    </Section>
  );
}

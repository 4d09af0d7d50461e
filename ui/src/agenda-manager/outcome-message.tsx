import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ErrorBanner } from "../components/error-banner.js";
import type { Outcome } from "./use-agenda-changes.js";

/**
 * What the last change did. The live region is always in the page, so a screen reader announces each new
 * message; a failure or a reload is an alert.
 */
export function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <div role="status" aria-live="polite" aria-atomic="true">
        {outcome?.kind === "done" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {outcome?.kind === "reloaded" && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "failed" && <ErrorBanner error={outcome.error} />}
    </>
  );
}

import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ApiError } from "../api/api-error.js";
import { taskPaneMessages } from "../api/task-pane-messages.js";

/**
 * What to show for a failure: the task pane's words for an API error's code; a host's own error that carries
 * a `userMessage` (Outlook's, Teams'); else the general one.
 */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.userMessage;
  const own = (error as { userMessage?: unknown } | null)?.userMessage;
  return typeof own === "string" ? own : taskPaneMessages.INTERNAL;
}

export function ErrorBanner({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{messageOf(error)}</MessageBarBody>
    </MessageBar>
  );
}

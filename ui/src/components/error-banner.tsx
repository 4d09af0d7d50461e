import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ApiError } from "../api/api-error.js";
import { taskPaneMessages } from "../api/task-pane-messages.js";

/** What to show for a failure: the task pane's words for an API error's code, else the general one. */
export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.userMessage : taskPaneMessages.INTERNAL;
}

export function ErrorBanner({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{messageOf(error)}</MessageBarBody>
    </MessageBar>
  );
}

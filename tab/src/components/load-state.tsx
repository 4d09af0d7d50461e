import type { ReactNode } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import type { Loaded } from "./use-load.js";

/** Shows a spinner while `state` loads, the failure with a retry, or `children` with the value. */
export function LoadState<T>(props: {
  state: Loaded<T>;
  /** What is loading, for the spinner's label: "your referrals". */
  what: string;
  children: (value: T, replace: (value: T) => void) => ReactNode;
}): ReactNode {
  const { state } = props;
  if (state.status === "loading")
    return <Spinner size="small" label={`Loading ${props.what}…`} labelPosition="after" />;
  if (state.status === "failed") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Could not load {props.what}</MessageBarTitle>
          {state.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={state.retry}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return props.children(state.value, state.replace);
}

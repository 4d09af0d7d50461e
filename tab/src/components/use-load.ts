import { useCallback, useEffect, useState } from "react";
import { ApiError, messageOf } from "@convenor/ui";

export type Loaded<T> =
  | { status: "loading" }
  | { status: "failed"; message: string; error: unknown; retry: () => void }
  | { status: "ready"; value: T; replace: (value: T) => void };

/** Loads once per change of `key`; a failure keeps the server's message and offers a retry. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; loaded: Loaded<T> }>({
    key,
    loaded: { status: "loading" },
  });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    setState({ key, loaded: { status: "loading" } });
    load().then(
      (value) => {
        if (!current) return;
        const replace = (next: T) => setState({ key, loaded: { status: "ready", value: next, replace } });
        setState({ key, loaded: { status: "ready", value, replace } });
      },
      (error: unknown) => {
        if (current)
          setState({ key, loaded: { status: "failed", message: failureMessage(error), error, retry } });
      },
    );
    return () => {
      current = false;
    };
    // `load` is a new function each render: `key` names what it loads, so only a new key (or a retry) reloads.
  }, [key, attempt]);

  return state.key === key ? state.loaded : { status: "loading" };
}

/** What to tell the person about a failure: the front ends' words for an API error's code, and the server's detail. */
export const failureMessage = (error: unknown): string =>
  error instanceof Error && !(error instanceof ApiError) ? error.message : messageOf(error);

import { useCallback, useEffect, useState } from "react";
import { ApiError } from "../api/api-client.js";

export type Loaded<T> =
  | { status: "loading" }
  | { status: "failed"; message: string; retry: () => void }
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
        if (current) setState({ key, loaded: { status: "failed", message: failureMessage(error), retry } });
      },
    );
    return () => {
      current = false;
    };
    // `load` is a new function each render: `key` names what it loads, so only a new key (or a retry) reloads.
  }, [key, attempt]);

  return state.key === key ? state.loaded : { status: "loading" };
}

export function failureMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError)
    return "Convenor could not be reached. Check your connection and try again.";
  return error instanceof Error ? error.message : "Something went wrong.";
}

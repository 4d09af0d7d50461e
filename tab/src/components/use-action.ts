import { useState } from "react";
import { messageOf } from "@convenor/ui";

/** Runs one change at a time; keeps the server's message when it is refused (a stale version, bad text). */
export function useAction(): {
  busy: boolean;
  problem: string | null;
  run: (work: () => Promise<unknown>, onDone?: () => void) => Promise<void>;
} {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>, onDone?: () => void) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
      onDone?.();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run };
}

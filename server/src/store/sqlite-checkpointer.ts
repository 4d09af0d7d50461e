import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** What SQLite's `wal_checkpoint` reports: frames in the log, and how many of them are now in the database file. */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

export interface SqliteCheckpointer {
  /** Runs a passive checkpoint now (as the timer would) and reports it. */
  checkpointNow(): Promise<CheckpointResult>;
  /** Stops the timer and closes the checkpointer's connection. */
  stop(): Promise<void>;
}

export interface CheckpointerOptions {
  /** How often to copy the log into the database file. */
  intervalMs?: number;
  /**
   * When a passive checkpoint leaves more frames than this in the log (a writer or reader kept it from
   * being restarted), a truncating checkpoint waits for them, so the log cannot grow without bound.
   */
  truncateAboveFrames?: number;
  /** How long the truncating checkpoint waits for the writer and readers. */
  busyTimeoutMs?: number;
}

/**
 * The worker's code (plain JavaScript, evaluated as a CommonJS script, so it runs the same from `dist` and
 * from source under the test runner). One connection, which only ever checkpoints.
 */
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path, { timeout: workerData.busyTimeoutMs });
const checkpoint = () => {
  let [result] = db.pragma("wal_checkpoint(PASSIVE)");
  if (result.log > workerData.truncateAboveFrames) [result] = db.pragma("wal_checkpoint(TRUNCATE)");
  return result;
};
const tick = () => {
  try {
    checkpoint();
  } catch (error) {
    parentPort.postMessage({ type: "error", message: String(error && error.message) });
  }
};
const timer = setInterval(tick, workerData.intervalMs);
parentPort.on("message", (message) => {
  if (message.type === "checkpoint") {
    try {
      parentPort.postMessage({ type: "checkpointed", id: message.id, result: checkpoint() });
    } catch (error) {
      parentPort.postMessage({ type: "checkpointed", id: message.id, error: String(error && error.message) });
    }
  } else if (message.type === "stop") {
    clearInterval(timer);
    db.close();
    parentPort.close();
  }
});
`;

interface WorkerMessage {
  type: "checkpointed" | "error";
  id?: number;
  result?: CheckpointResult;
  error?: string;
  message?: string;
}

/**
 * Copies a WAL database's log into its file from a worker thread with its own connection, so that the
 * checkpoint (a burst of page copies and two disk flushes) never runs inside a request's commit, as SQLite's
 * automatic checkpoint does. The writer connection runs with `wal_autocheckpoint = 0`.
 */
export function startSqliteCheckpointer(
  path: string,
  options: CheckpointerOptions & {
    /** A checkpoint failed (`stopped`: the worker is gone, and no further checkpoint will run). */
    onError?: (message: string, stopped: boolean) => void;
  } = {},
): SqliteCheckpointer {
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: {
      path,
      driver: createRequire(import.meta.url).resolve("better-sqlite3"),
      intervalMs: options.intervalMs ?? 200,
      truncateAboveFrames: options.truncateAboveFrames ?? 20_000,
      busyTimeoutMs: options.busyTimeoutMs ?? 10_000,
    },
  });
  // The store's `close` stops it; an idle checkpointer must not keep the process alive by itself.
  worker.unref();
  const pending = new Map<number, { resolve: (r: CheckpointResult) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  worker.on("message", (message: WorkerMessage) => {
    if (message.type === "error") return options.onError?.(message.message ?? "", false);
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id!);
    if (message.result) waiting.resolve(message.result);
    else waiting.reject(new Error(`SQLite checkpoint failed: ${message.error ?? "unknown"}`));
  });
  const rejectPending = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  let running = true;
  const exited = new Promise<void>((resolve) =>
    worker.once("exit", () => {
      running = false;
      rejectPending(new Error("The SQLite checkpointer has stopped"));
      resolve();
    }),
  );
  worker.on("error", (error) => options.onError?.(error.message, true));
  return {
    checkpointNow() {
      if (!running) return Promise.reject(new Error("The SQLite checkpointer has stopped"));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: "checkpoint", id });
      });
    },
    async stop() {
      if (running) worker.postMessage({ type: "stop" });
      await exited;
    },
  };
}

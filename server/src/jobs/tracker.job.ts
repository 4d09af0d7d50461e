import { sendRedListNotices, sendTrackerCards, type UseCaseDeps } from "@convenor/shared";
import type { Logger } from "../logger.js";
import { jobActor } from "./job-actor.js";
import { PeriodicJob } from "./periodic-job.js";

export interface TrackerJobOptions {
  deps: UseCaseDeps;
  logger: Logger;
  /** Between runs. Default one hour. */
  intervalMs?: number;
  /**
   * Before the first run. Default five minutes: nothing the tracker sends is urgent within the hour, and a
   * service that restarts often (a crash loop, a deployment) does not run it each time it starts.
   */
  firstRunDelayMs?: number;
}

const oneHour = 60 * 60_000;

/**
 * The High Risk Panel's monthly tracker on time: each worker's card on the month's first working day, a
 * reminder five working days later when their month is not submitted, and the red list's counts to the panel's
 * chat from its deadline (two weeks before the meeting). Every message is written once, whatever the number of
 * service instances: the use cases take an idempotency key per message in the transaction that writes it.
 */
export class TrackerJob extends PeriodicJob {
  constructor(private readonly options: TrackerJobOptions) {
    super(options.intervalMs ?? oneHour, options.firstRunDelayMs ?? 5 * 60_000);
  }

  protected async pass(): Promise<void> {
    const { deps, logger } = this.options;
    try {
      const cards = await sendTrackerCards(deps, jobActor);
      if (!cards.ok) throw new Error(cards.error.message);
      const redLists = await sendRedListNotices(deps, jobActor);
      if (!redLists.ok) throw new Error(redLists.error.message);
      const { cards: sent, reminders } = cards.value;
      if (sent + reminders + redLists.value.sent > 0) {
        logger.info({ cards: sent, reminders, redLists: redLists.value.sent }, "tracker notices written");
      }
    } catch (error) {
      logger.error(
        { reason: error instanceof Error ? error.message : String(error) },
        "writing the tracker's notices failed",
      );
    }
  }
}

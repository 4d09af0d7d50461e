import { ConfigError, loadConfig, redactedSummary } from "./config.js";
import { createLogger } from "./logger.js";
import { startService } from "./start-service.js";

const logger = createLogger();

try {
  const config = loadConfig();
  logger.info({ config: redactedSummary(config) }, "starting Convenor");
  const service = await startService(config, logger);
  process.stdout.write(
    `\nConvenor is running (${config.mode} mode)\n${service.banner
      .map(([name, url]) => `${name}: ${url}`)
      .join("\n")}\n\nPress Ctrl+C to stop.\n\n`,
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, "stopping now, without waiting for requests in flight");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "stopping Convenor");
    // Every step of close() is bounded; this only guards against a step that ignores its bound.
    setTimeout(() => {
      logger.error("Convenor did not stop in time");
      process.exit(1);
    }, 25_000).unref();
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "Convenor failed while stopping");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  if (error instanceof ConfigError) {
    logger.fatal(error.message);
    process.exit(78);
  }
  logger.fatal({ err: error }, "Convenor failed to start");
  process.exit(1);
}

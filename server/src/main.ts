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
  const stop = () => {
    void service.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  if (error instanceof ConfigError) {
    logger.fatal(error.message);
    process.exit(78);
  }
  logger.fatal({ err: error }, "Convenor failed to start");
  process.exit(1);
}

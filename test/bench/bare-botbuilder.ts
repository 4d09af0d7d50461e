// The benchmarks' baseline bot: botbuilder alone (CloudAdapter + TeamsActivityHandler) answering every
// `Action.Execute` invoke with a fixed card, over loopback HTTP. What a Convenor turn costs beyond it is
// Convenor's own work.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
} from "botbuilder";

/** The text of the card the bare bot answers with. */
export const bareAnswer = "Done";

class BareHandler extends TeamsActivityHandler {
  protected override onAdaptiveCardInvoke(): Promise<AdaptiveCardInvokeResponse> {
    return Promise.resolve({
      statusCode: 200,
      type: "application/vnd.microsoft.card.adaptive",
      value: { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: bareAnswer }] },
    });
  }
}

export interface ListeningBot {
  /** The bot endpoint (`.../api/messages`). */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves an Express app on a free loopback port; its bot endpoint is `/api/messages`. */
export async function listen(app: express.Express): Promise<ListeningBot> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The bare botbuilder bot, listening. */
export function startBareBotbuilder(): Promise<ListeningBot> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bare = new BareHandler();
  const app = express();
  app.post("/api/messages", express.json({ limit: "256kb" }), (req, res) =>
    adapter.process(req, res, (context) => bare.run(context)),
  );
  return listen(app);
}

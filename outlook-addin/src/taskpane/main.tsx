/// <reference types="office-js" />
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { OfficeMailbox } from "../mailbox/office-mailbox.js";
import type { PaneConfig } from "../auth/sign-in.js";
import { TaskPane } from "./task-pane.js";

const root = createRoot(document.getElementById("root")!);

async function loadConfig(): Promise<PaneConfig> {
  const response = await fetch("config.json", { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  return (await response.json()) as PaneConfig;
}

async function boot(): Promise<void> {
  // Office.js comes from the page: Microsoft's office.js in Outlook, the harness's subset locally.
  if (typeof Office === "undefined") {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <main>
          <h1>Convenor</h1>
          <p>Open Convenor from an appointment in Outlook (or, in local mode, from the Outlook harness).</p>
        </main>
      </FluentProvider>,
    );
    return;
  }
  await Office.onReady();
  const config = await loadConfig();
  root.render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane config={config} mailbox={new OfficeMailbox()} />
    </FluentProvider>,
  );
}

void boot();

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { HarnessApp } from "./harness-app.js";

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <HarnessApp />
  </FluentProvider>,
);

/**
 * Start-up: wait for office.js (Office.onReady; in a plain browser it resolves with host null),
 * pick the language and theme from Office, then render the pane once.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { ALL_CAPABILITIES, checkRequirements, detectCapabilities, excelRunner, officeReady } from "../excel/gateway";
import { pickLanguage } from "../i18n/strings";
import { PANE } from "../core/i18n/pane";
import { App } from "./App";
import { workbookHost } from "./workbookHost";
import { startEngine } from "./workerClient";

async function start() {
  const env = await officeReady();
  const lang = pickLanguage(env.displayLanguage);
  document.documentElement.lang = lang;
  const requirements = checkRequirements();
  // the optional features are asked only inside an Office host (a plain browser has none to ask)
  const host = workbookHost(requirements.ok ? excelRunner() : null, env.host ? detectCapabilities() : ALL_CAPABILITIES);
  const root = createRoot(document.getElementById("container")!);
  root.render(
    <FluentProvider theme={env.isDarkTheme ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
      <App host={host} engine={startEngine()} lang={lang} requirementMessage={requirements.message} />
    </FluentProvider>,
  );
}

start().catch((e) => {
  // the pane could not start: say so on the page rather than leave it blank
  const el = document.getElementById("container");
  // both languages: the language may be the very thing that failed to load
  if (el) el.textContent = PANE.text("vi", "couldNotStart", { detail: e instanceof Error ? e.message : String(e) });
});

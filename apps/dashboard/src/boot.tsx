// The app itself (the entry, main.tsx, has asked for the landing page's data already).
// Must come first: lets antd 5's static methods and wave effect work on React 19.
import "@ant-design/v5-patch-for-react-19";
// antd 5 ships no global reset: without it the browser's own margins (body, h1–h6) shift the layout.
import "antd/dist/reset.css";
import "./theme.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { applyAntdStyles } from "./antd-styles";
import { initI18n } from "./i18n";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const render = (node: HTMLElement) =>
  createRoot(node).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// The dictionaries are not in the shell: the first render waits for the language's (requested in
// parallel with the landing page's code and data), and for antd's prebuilt styles (asked for by
// main.tsx). Should either fail, the app still renders.
void Promise.all([initI18n().catch(() => {}), applyAntdStyles()]).then(() => render(root));

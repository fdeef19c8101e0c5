// Must come first: lets antd 5's static methods and wave effect work on React 19.
import "@ant-design/v5-patch-for-react-19";
// antd 5 ships no global reset: without it the browser's own margins (body, h1–h6) shift the layout.
import "antd/dist/reset.css";
import "./theme.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { applyDocumentLocale } from "./i18n";
import { prefetchLandingPage } from "./prefetch";

prefetchLandingPage(window.location);
applyDocumentLocale();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

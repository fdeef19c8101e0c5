import { antdStyleSheets } from "virtual:antd-styles";
import { appearanceName, currentAppearance } from "./appearance";

let applied: Promise<void> | undefined;

/**
 * The landing page's antd styles as one prebuilt style sheet (antd-styles/plugin.ts), for the
 * appearance the app opens in. antd otherwise writes them at run time: ~300 kB of CSS generated,
 * parsed and inserted while the first page renders (~150 ms of main thread on the overview). antd
 * reads which styles a sheet holds once, at its first component: the first render waits for this.
 * Resolves once the sheet applies — or failed, or there is none (dev server): antd then writes them.
 */
export function applyAntdStyles(): Promise<void> {
  applied ??= new Promise((resolve) => {
    const href = antdStyleSheets?.[appearanceName(currentAppearance())];
    if (!href) return resolve();
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => resolve();
    document.head.appendChild(link);
  });
  return applied;
}

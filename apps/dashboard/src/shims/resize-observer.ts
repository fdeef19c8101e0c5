/**
 * What rc-resize-observer (antd's layout, menu, tooltips) imports as `resize-observer-polyfill`:
 * the browser's own ResizeObserver, which the package itself also uses wherever one exists — it
 * only falls back to its polyfill (≈2.5 kB gzip on every page) in browsers this app does not run
 * in. vite.config.ts points the package here for the browser build.
 */
export default globalThis.ResizeObserver;

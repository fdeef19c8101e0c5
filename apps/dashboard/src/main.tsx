/**
 * The entry: nothing heavy imported statically, so that it runs as soon as it arrives and the landing
 * page's data and code are requested while the app's own (boot.tsx: React, antd, refine, ~270 kB
 * gzip in ~30 chunks) still loads, not after all of it has arrived and run.
 */
import { applyAntdStyles } from "./antd-styles";
import { prefetchLandingPage } from "./prefetch";

prefetchLandingPage(window.location);
void applyAntdStyles();
void import("./boot");

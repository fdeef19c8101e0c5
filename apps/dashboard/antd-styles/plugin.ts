import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Plugin } from "vite";

const ID = "virtual:antd-styles";
const RESOLVED = `\0${ID}`;
const RENDER = fileURLToPath(new URL("./render.tsx", import.meta.url));

/**
 * `virtual:antd-styles`: the URL of each appearance's prebuilt antd style sheet (render.tsx), emitted
 * as assets of the build; null in the dev server, where antd styles everything at run time. The
 * sheets are rendered in a child process: NODE_ENV=production there, as in the bundle, because
 * antd's style hashes must come out as the app's.
 */
export function antdStyles(): Plugin {
  let build = false;
  const sheets = new Map<string, string>();
  return {
    name: "tbc-antd-styles",
    configResolved(config) {
      build = config.command === "build";
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    async buildStart() {
      if (!build) return;
      const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", RENDER], {
        cwd: fileURLToPath(new URL("..", import.meta.url)),
        env: { ...process.env, NODE_ENV: "production" },
        maxBuffer: 64 * 1024 * 1024,
      });
      const rendered = JSON.parse(stdout) as Record<string, string>;
      for (const [name, css] of Object.entries(rendered)) {
        sheets.set(name, this.emitFile({ type: "asset", name: `antd-${name}.css`, source: css }));
      }
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      if (!build) return "export const antdStyleSheets = null;";
      const urls = [...sheets].map(
        ([name, ref]) => `${JSON.stringify(name)}: import.meta.ROLLUP_FILE_URL_${ref}`,
      );
      return `export const antdStyleSheets = { ${urls.join(", ")} };`;
    },
  };
}

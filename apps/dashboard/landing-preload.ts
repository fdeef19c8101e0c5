import type { HtmlTagDescriptor, Plugin, Rolldown } from "vite";

type OutputChunk = Rolldown.OutputChunk;

/**
 * The landing page's code and the map's shapes, announced in index.html (`modulepreload`, `preload`)
 * so that the browser fetches them alongside the shell instead of after it: without this, the data
 * prefetch (src/prefetch.ts) and the overview's chunks are only asked for once the shell's ~30 chunks
 * have arrived and run, and the dictionary and the i18n engine once the first render asks for them:
 * two round-trip chains (each ~0.3–0.6 s over HTTP/1.1's six connections) before the overview's data
 * request leaves and before its charts can be drawn. Listed after the shell's own preloads, so they
 * queue behind them. Other routes fetch these ~200 kB for nothing; the overview is where every
 * signed-in visit lands (`/`), and they are cached for the next.
 */
const LANDING = [
  "src/pages/overview/prefetch.ts",
  // The app itself: the entry (main.tsx) only asks for it, after the data's request has left.
  "src/boot.tsx",
  "src/i18n/engine.ts",
  "src/i18n/en.ts",
  "src/pages/overview/index.tsx",
];

export function landingPreload(): Plugin {
  return {
    name: "tbc-landing-preload",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === "chunk");
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const done = new Set<string>();
        const modules: string[] = [];
        const assets: string[] = [];
        const visit = (chunk: OutputChunk | undefined) => {
          if (!chunk || done.has(chunk.fileName)) return;
          done.add(chunk.fileName);
          for (const next of chunk.imports) visit(byFile.get(next));
          if (!chunk.isEntry) modules.push(chunk.fileName);
          for (const asset of chunk.viteMetadata?.importedAssets ?? []) {
            if (asset.endsWith(".json")) assets.push(asset);
          }
        };
        // The shell first: its files are already preloaded by Vite and are not listed again.
        for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
        const shell = new Set(done);
        for (const src of LANDING) {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(`/${src}`));
          if (!chunk) throw new Error(`landing-preload: no chunk for ${src}`);
          visit(chunk);
        }
        const tags: HtmlTagDescriptor[] = [
          ...modules
            .filter((file) => !shell.has(file))
            .map((file) => ({
              tag: "link",
              attrs: { rel: "modulepreload", crossorigin: true, href: `/${file}` },
              injectTo: "head" as const,
            })),
          // fetch()'s own mode (cors, same-origin credentials): `crossorigin` anonymous matches it.
          ...assets.map((file) => ({
            tag: "link",
            attrs: { rel: "preload", as: "fetch", crossorigin: "anonymous", href: `/${file}` },
            injectTo: "head" as const,
          })),
        ];
        return tags;
      },
    },
  };
}

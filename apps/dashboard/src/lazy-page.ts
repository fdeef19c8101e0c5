import { type ComponentType, type LazyExoticComponent, lazy } from "react";

export type LazyPage = LazyExoticComponent<ComponentType> & {
  /** Loads the page's code now; once it has loaded, the page renders without suspending. */
  preload: () => Promise<unknown>;
};

/**
 * A page whose code loads on first visit (a named export, hence the adapter). React.lazy suspends
 * on a page's first render even when its code has already arrived, since an `import()` answers only
 * on a later tick: one more render of the layout with a spinner, and one more pass before the page.
 * Once loaded here (preload, or a first visit), the page is handed to React at once instead: a
 * thenable that answers synchronously, which React.lazy reads without suspending.
 */
export function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyPage {
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((m) => {
      loaded = m[name];
      return loaded;
    });
  const Page = lazy(() => {
    const ready = loaded;
    if (ready) {
      const now = { default: ready };
      // biome-ignore lint/suspicious/noThenProperty: a thenable on purpose (see above)
      return { then: (resolve: (value: typeof now) => void) => resolve(now) } as Promise<typeof now>;
    }
    return preload().then((component) => ({ default: component }));
  });
  return Object.assign(Page, { preload });
}

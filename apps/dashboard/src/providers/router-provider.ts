import type { GoConfig, RouterProvider } from "@refinedev/core";
import base from "@refinedev/react-router";
import { useCallback } from "react";
import { encodeQueryValues } from "./query-encoding";

/**
 * refine's react-router bindings with one change: query values are percent-encoded (see
 * query-encoding.ts). `to` is left alone because the bindings already encode it themselves.
 */
export const routerProvider: RouterProvider = {
  ...base,
  go: () => {
    const go = (base.go as NonNullable<RouterProvider["go"]>)();
    return useCallback(
      (config: GoConfig) => {
        if (!config.query) return go(config);
        const { to, ...rest } = config.query as Record<string, unknown>;
        return go({ ...config, query: { ...encodeQueryValues(rest), ...(to === undefined ? {} : { to }) } });
      },
      [go],
    );
  },
};

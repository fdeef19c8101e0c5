import { useList } from "@refinedev/core";
import type { Channel, EngagementFilters, EngagementTotals } from "@tbc/types";
import { useCallback, useEffect, useMemo, useState } from "react";
import { type UrlWrite, useUrlState } from "../../hooks/use-url-state";
import { fetchProcedure } from "../../providers/procedures";
import { sortChannels } from "./chart-data";
import { type EngagementView, toEngagementQuery, toEngagementView, ZEngagementQuery } from "./search";

/** The page's state, read from and written to the URL (see search.ts). */
export function useEngagementView() {
  const { state, set } = useUrlState(ZEngagementQuery);
  const view = useMemo(() => toEngagementView(state), [state]);
  const update = useCallback(
    (patch: Partial<EngagementView>, write?: UrlWrite) =>
      set((previous) => toEngagementQuery({ ...toEngagementView(previous), ...patch }), write),
    [set],
  );
  return { view, update };
}

/** The channel reference list: select options and a code → label lookup (an unknown code shows as is). */
export function useChannels() {
  const { result, query } = useList<Channel>({
    resource: "channels",
    pagination: { mode: "off" },
    queryOptions: { staleTime: 5 * 60 * 1000 },
  });
  return useMemo(() => {
    const labels = new Map((result.data ?? []).map((c) => [c.code, c.label] as const));
    const codes = sortChannels(labels.keys());
    return {
      options: codes.map((code) => ({ value: code, label: labels.get(code) ?? code })),
      loading: query.isLoading,
      label: (code: string) => labels.get(code) ?? code,
    };
  }, [result.data, query.isLoading]);
}

export type ChannelSources = { sample: string[]; real: string[] };

/**
 * Which channels of a mixed view carry only imported (real) figures. The totals say only whether
 * *any* row is sample data, so when they do, each channel that has rows is asked on its own (one
 * batched request). A channel that mixes both counts as sample. Undefined while unknown.
 */
export function useChannelSources(
  filters: EngagementFilters,
  totals: EngagementTotals | undefined,
): ChannelSources | undefined {
  const channels = useMemo(
    () => sortChannels((totals?.byChannel ?? []).filter((c) => c.reported > 0).map((c) => c.channel)),
    [totals],
  );
  const key = JSON.stringify({ filters, channels });
  const [state, setState] = useState<{ key: string; sources: ChannelSources } | null>(null);
  const wanted = !!totals?.sample && channels.length > 1 && channels.length <= 12;

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const { filters: f, channels: list } = JSON.parse(key) as {
      filters: EngagementFilters;
      channels: string[];
    };
    Promise.all(list.map((c) => fetchProcedure("engagement.totals", { ...f, channels: [c] })))
      .then((answers) => {
        if (!live) return;
        const sample = list.filter((_, i) => answers[i]?.sample);
        const real = list.filter((_, i) => answers[i] && !answers[i].sample);
        setState({ key, sources: { sample, real } });
      })
      .catch(() => {
        // Not essential: the banner then gives the general wording.
      });
    return () => {
      live = false;
    };
  }, [key, wanted]);

  if (!totals) return undefined;
  if (!totals.sample) return { sample: [], real: channels };
  if (channels.length <= 1) return { sample: channels, real: [] };
  return state?.key === key ? state.sources : undefined;
}

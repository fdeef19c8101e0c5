import type { AliasKind } from "@tbc/types";
import { useMemo } from "react";
import { useCountrySelect } from "../../components/countries";
import { useCrimeAreaSelect } from "../../components/crime-areas";
import { useProcedure } from "../../providers/procedures";

export type TargetOption = { value: string; label: string };

/**
 * What a name of each kind may be mapped to: every country, crime area and channel, as select
 * options, and the label of a code ("NL" → "Netherlands").
 */
export function useAliasTargets() {
  const countries = useCountrySelect();
  const areas = useCrimeAreaSelect();
  const channels = useProcedure("channels.list", undefined, { staleTime: 5 * 60 * 1000 });
  return useMemo(() => {
    const options: Record<AliasKind, TargetOption[]> = {
      country: countries.selectProps.options.map((o) => ({ value: String(o.value), label: String(o.label) })),
      crime_area: areas.selectProps.options,
      channel: (channels.data?.data ?? []).map((c) => ({ value: c.code, label: c.label })),
    };
    const labels = new Map(
      Object.entries(options).flatMap(([kind, list]) => list.map((o) => [`${kind}:${o.value}`, o.label])),
    );
    const labelOf = (kind: AliasKind, code: string) => labels.get(`${kind}:${code}`) ?? code;
    return { options, labelOf };
  }, [countries.selectProps.options, areas.selectProps.options, channels.data]);
}

import { useTranslate } from "@refinedev/core";
import {
  AGENCY_KINDS,
  AGENCY_STATUSES,
  type AgencyKind,
  type AgencyStatus,
  REGIONS,
  type Region,
} from "@tbc/types";
import { Tag } from "antd";
import { useMemo } from "react";

export const STATUS_COLORS: Record<AgencyStatus, string> = {
  pending: "gold",
  active: "green",
  withdrawn: "default",
};

export function StatusTag({ status }: { status: AgencyStatus }) {
  const t = useTranslate();
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status}>
      {t(`agencies.statuses.${status}`)}
    </Tag>
  );
}

/** Translated labels and select options for the fixed vocabularies of @tbc/types. */
export function useVocabulary() {
  const t = useTranslate();
  return useMemo(() => {
    const kind = (k: AgencyKind) => t(`agencies.kinds.${k}`);
    const status = (s: AgencyStatus) => t(`agencies.statuses.${s}`);
    const region = (r: Region | null | undefined) => (r ? t(`regions.${r}`) : t("regions.none"));
    return {
      kind,
      status,
      region,
      kindOptions: AGENCY_KINDS.map((k) => ({ value: k, label: kind(k) })),
      statusOptions: AGENCY_STATUSES.map((s) => ({ value: s, label: status(s) })),
      regionOptions: REGIONS.map((r) => ({ value: r, label: region(r) })),
    };
  }, [t]);
}

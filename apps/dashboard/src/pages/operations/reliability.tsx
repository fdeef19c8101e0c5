import { useTranslate } from "@refinedev/core";
import { RELIABILITY_GRADES, type Reliability } from "@tbc/types";
import { Tag, Tooltip } from "antd";
import { useMemo } from "react";

const COLORS: Record<Reliability, string> = { A: "green", B: "blue", C: "orange" };

/** The source's reliability grade; its meaning on hover (A official, B secondary, C weak). */
export function ReliabilityTag({ grade }: { grade: Reliability | null | undefined }) {
  const t = useTranslate();
  if (!grade) {
    return (
      <Tooltip title={t("operations.reliability.none")}>
        <span>{t("common.none")}</span>
      </Tooltip>
    );
  }
  return (
    <Tooltip title={t(`operations.reliabilityMeaning.${grade}`)}>
      <Tag color={COLORS[grade]} data-grade={grade} style={{ marginInlineEnd: 0 }}>
        {grade}
      </Tag>
    </Tooltip>
  );
}

export function useReliabilityOptions() {
  const t = useTranslate();
  return useMemo(
    () =>
      RELIABILITY_GRADES.map((g) => ({
        value: g,
        label: `${g} — ${t(`operations.reliabilityMeaning.${g}`)}`,
      })),
    [t],
  );
}

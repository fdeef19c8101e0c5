import { CloseOutlined } from "@ant-design/icons";
import { useGo, useLink, useTranslate } from "@refinedev/core";
import { Button, Typography } from "antd";
import type { KeyboardEvent } from "react";
import { useChartTheme } from "../../components/chart-theme";
import { CrimeAreaTag } from "../../components/crime-areas";
import { useNumberLocale } from "../../components/figure";
import { formatDay, type MarkerGroup } from "./buckets";
import { TooltipBox } from "./card";

export const MARKER_COLOR = "var(--tbc-chart-marker, #595959)";

/** Which marker group is shown in the box, where, and whether a click pinned it open. */
export type MarkerFocus = { group: MarkerGroup; x: number; y: number; pinned: boolean };

/**
 * A ReferenceLine shape: the dashed line of an announcement and, above the plot, a flag to hover
 * (names in a box) or click (one operation: open it; several: pin the box with a link to each).
 * Keyboard: the flag is focusable, Enter or Space acts as a click.
 */
export function MarkerShape({
  x1,
  y1,
  x2,
  y2,
  group,
  onFocus,
  onLeave,
  onOpen,
}: {
  x1?: number;
  y1?: number;
  x2?: number;
  y2?: number;
  group: MarkerGroup;
  onFocus: (focus: MarkerFocus) => void;
  onLeave: () => void;
  onOpen: (focus: MarkerFocus) => void;
}) {
  const t = useTranslate();
  const colors = useChartTheme();
  if (![x1, y1, x2, y2].every((v) => typeof v === "number" && Number.isFinite(v))) return <g />;
  const x = x1 as number;
  const top = Math.min(y1 as number, y2 as number);
  const bottom = Math.max(y1 as number, y2 as number);
  const focus = { group, x, y: top, pinned: false };
  const count = group.markers.length;
  const label =
    count === 1
      ? t("engagement.timeline.openOperation", { name: group.markers[0]?.name })
      : t("engagement.timeline.markerCount", { count });
  // The flag shows the count; a name that says it in words (Arabic's dual) gets the digit too.
  const shown = count > 9 ? "9+" : String(count);
  const named = count > 1 && !label.includes(shown) ? `${shown} · ${label}` : label;
  const key = (e: KeyboardEvent) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onOpen(focus);
    }
  };
  return (
    <g>
      <line x1={x} x2={x} y1={top} y2={bottom} stroke={colors.marker} strokeDasharray="4 3" strokeWidth={1} />
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG flag cannot be a <button> */}
      <g
        role="button"
        tabIndex={0}
        aria-label={named}
        cursor="pointer"
        data-testid="marker"
        data-bucket={group.bucket}
        data-operations={group.markers.map((m) => m.id).join(",")}
        onMouseEnter={() => onFocus(focus)}
        onFocus={() => onFocus(focus)}
        onMouseLeave={onLeave}
        onBlur={onLeave}
        onClick={() => onOpen(focus)}
        onKeyDown={key}
      >
        <path d={`M${x - 6},${top - 16} h12 v8 l-6,6 l-6,-6 z`} fill={colors.marker} />
        {count > 1 && (
          <text x={x} y={top - 9} textAnchor="middle" fontSize={9} fill={colors.dotFill} pointerEvents="none">
            {shown}
          </text>
        )}
      </g>
    </g>
  );
}

/** The box beside a marker: each operation with its announcement day; pinned, with links. */
export function MarkerBox({
  focus,
  width,
  onClose,
}: {
  focus: MarkerFocus;
  width: number;
  onClose: () => void;
}) {
  const t = useTranslate();
  const Link = useLink();
  const locale = useNumberLocale();
  const left = Math.max(0, Math.min(focus.x - 140, width - 300));
  return (
    <div
      // Hover only: not in the way of the pointer. Pinned: its links and close button take clicks.
      style={{
        position: "absolute",
        left,
        top: focus.y + 4,
        zIndex: 5,
        width: 300,
        pointerEvents: focus.pinned ? "auto" : "none",
      }}
      data-testid="marker-box"
      data-pinned={focus.pinned}
    >
      <TooltipBox>
        <div style={{ display: "flex", justifyContent: "space-between", gap: 8 }}>
          <Typography.Text strong>{t("engagement.timeline.markers")}</Typography.Text>
          {focus.pinned && (
            <Button
              size="small"
              type="text"
              icon={<CloseOutlined />}
              aria-label={t("engagement.timeline.close")}
              onClick={onClose}
            />
          )}
        </div>
        {focus.group.markers.map((m) => (
          <div key={m.id} style={{ marginTop: 6 }}>
            {focus.pinned ? <Link to={`/operations/show/${m.id}`}>{m.name}</Link> : <strong>{m.name}</strong>}
            <div style={{ display: "flex", gap: 6, alignItems: "center", flexWrap: "wrap" }}>
              <Typography.Text type="secondary">{formatDay(m.announcedOn, locale)}</Typography.Text>
              <CrimeAreaTag code={m.crimeArea} />
            </div>
          </div>
        ))}
      </TooltipBox>
    </div>
  );
}

/** A click on a flag: one operation opens at once; several pin the box so that one can be chosen. */
export function useMarkerOpen(setFocus: (focus: MarkerFocus | null) => void) {
  const go = useGo();
  return (focus: MarkerFocus) => {
    const only = focus.group.markers.length === 1 ? focus.group.markers[0] : undefined;
    if (only) go({ to: `/operations/show/${only.id}`, type: "push" });
    else setFocus({ ...focus, pinned: true });
  };
}

import { CalendarOutlined, SwapRightOutlined } from "@ant-design/icons";
import { useTranslate } from "@refinedev/core";
import { Grid, Select, Space, theme } from "antd";
import { lazy, Suspense, useState } from "react";
import { useCountrySelect } from "../../components/countries";
import { useCrimeAreaLabel, useCrimeAreaSelect } from "../../components/crime-areas";
import { FilterBar, type FilterTag } from "../../components/filter-bar/filter-bar";
import { useVocabulary } from "../../components/labels";
import { visuallyHidden } from "../../components/visually-hidden";
import type { UrlWrite } from "../../hooks/use-url-state";
import {
  DEFAULT_PERIOD,
  type FilterKey,
  type OverviewView,
  PERIOD_PRESETS,
  type Period,
  resolvePreset,
  withFilter,
} from "./search";

export type ChannelOption = { value: string; label: string };

const RangePicker = lazy(() => import("./range-picker"));

type RangeProps = { from: string; to: string; label: string; onChange: (from: string, to: string) => void };

/**
 * The period's days: drawn as the range picker looks until someone points at it, focuses it or
 * clicks it; only then does the picker's code load (and a click opens it). The overview's first
 * drawing does not wait for a date picker nobody has used yet.
 */
function PeriodRange({ stacked, ...props }: RangeProps & { stacked: boolean }) {
  const [wanted, setWanted] = useState<"no" | "load" | "open">("no");
  const { token } = theme.useToken();
  const look = (
    <button
      type="button"
      data-testid="overview-range"
      onPointerEnter={() => setWanted((w) => (w === "no" ? "load" : w))}
      onFocus={() => setWanted((w) => (w === "no" ? "load" : w))}
      onClick={() => setWanted("open")}
      style={{
        flex: 1,
        display: "flex",
        alignItems: "center",
        gap: 8,
        height: token.controlHeight,
        padding: "4px 11px",
        // Joined to the preset beside it (below it on a phone), whichever the writing direction.
        ...(stacked
          ? {
              marginTop: -token.lineWidth,
              borderRadius: `0 0 ${token.borderRadius}px ${token.borderRadius}px`,
            }
          : {
              marginInlineStart: -token.lineWidth,
              borderStartStartRadius: 0,
              borderEndStartRadius: 0,
              borderStartEndRadius: token.borderRadius,
              borderEndEndRadius: token.borderRadius,
            }),
        background: token.colorBgContainer,
        border: `${token.lineWidth}px solid ${token.colorBorder}`,
        color: token.colorText,
        font: "inherit",
        cursor: "pointer",
        whiteSpace: "nowrap",
      }}
    >
      {/* A hidden label before the days: the name starts with what it is and holds what is seen. */}
      <span style={visuallyHidden}>{props.label}: </span>
      <span style={{ flex: 1, textAlign: "start" }}>{props.from}</span>
      <SwapRightOutlined aria-hidden style={{ color: token.colorTextQuaternary }} />
      <span style={{ flex: 1, textAlign: "start" }}>{props.to}</span>
      <CalendarOutlined aria-hidden style={{ color: token.colorTextQuaternary }} />
    </button>
  );
  if (wanted === "no") return look;
  return (
    <Suspense fallback={look}>
      <RangePicker {...props} open={wanted === "open"} />
    </Suspense>
  );
}

/** The period: a preset, or any two days (then "Custom"). */
function PeriodField({
  view,
  today,
  onChange,
}: {
  view: OverviewView;
  today: string;
  onChange: (next: OverviewView) => void;
}) {
  const t = useTranslate();
  // A phone has no room for the preset and both days on one line: the days go below.
  const stacked = Grid.useBreakpoint().sm === false;
  return (
    <Space.Compact style={{ width: "100%" }} direction={stacked ? "vertical" : "horizontal"}>
      <Select<Period>
        value={view.period}
        style={{ width: stacked ? "100%" : 170 }}
        onChange={(period) =>
          period !== "custom" && onChange({ ...view, period, ...resolvePreset(period, today) })
        }
        aria-label={t("overview.filters.period")}
        data-testid="overview-period"
        options={[...PERIOD_PRESETS, "custom" as const].map((p) => ({
          value: p,
          label: t(`overview.periods.${p}`),
          disabled: p === "custom",
        }))}
      />
      <PeriodRange
        stacked={stacked}
        from={view.from}
        to={view.to}
        label={t("overview.filters.range")}
        onChange={(from, to) => onChange({ ...view, period: "custom", from, to })}
      />
    </Space.Compact>
  );
}

/**
 * The overview's global filters (the shared FilterBar); every change goes to the URL at once. The
 * filters a chart click can set (region, country, crime area, channel) also show as removable tags.
 */
// biome-ignore lint/complexity/noExcessiveLinesPerFunction: one bar: the period controls and the declared fields share their state
export function OverviewFilterBar({
  view,
  today,
  channels,
  onChange,
}: {
  view: OverviewView;
  today: string;
  channels: { options: ChannelOption[]; label: (code: string) => string };
  onChange: (next: OverviewView, write?: UrlWrite) => void;
}) {
  const t = useTranslate();
  const vocabulary = useVocabulary();
  const countries = useCountrySelect();
  const crimeAreas = useCrimeAreaSelect();
  const areaLabel = useCrimeAreaLabel();
  const remove = (key: FilterKey, value?: string[]) => onChange(withFilter(view, key, value), { push: true });

  const tags: FilterTag[] = [];
  if (view.region)
    tags.push({ key: "region", label: vocabulary.region(view.region), onClose: () => remove("region") });
  if (view.countryCode)
    tags.push({
      key: "country",
      label: countries.countryName(view.countryCode) ?? view.countryCode,
      onClose: () => remove("countryCode"),
    });
  for (const area of view.crimeAreas ?? [])
    tags.push({
      key: `crimeArea-${area}`,
      label: areaLabel(area),
      onClose: () =>
        remove(
          "crimeAreas",
          view.crimeAreas?.filter((a) => a !== area),
        ),
    });
  for (const channel of view.channels ?? [])
    tags.push({
      key: `channel-${channel}`,
      label: channels.label(channel),
      onClose: () =>
        remove(
          "channels",
          view.channels?.filter((c) => c !== channel),
        ),
    });

  return (
    <FilterBar
      testId="overview-filters"
      card
      values={{ ...view }}
      onChange={(patch) => {
        let next = view;
        for (const [key, value] of Object.entries(patch))
          next = withFilter(next, key as FilterKey, value as string | string[] | undefined);
        onChange(next);
      }}
      onClear={() =>
        onChange(
          { period: DEFAULT_PERIOD, ...resolvePreset(DEFAULT_PERIOD, today), layer: view.layer },
          { push: true },
        )
      }
      clearCol={{ xs: 24, lg: 6, xxl: 2 }}
      tags={tags}
      tagsLabel={t("overview.filters.active")}
      tagsTestId="overview-filter-tags"
      fields={[
        {
          type: "custom",
          key: "period",
          label: t("overview.filters.period"),
          render: () => <PeriodField view={view} today={today} onChange={onChange} />,
          col: { xs: 24, lg: 12, xxl: 8 },
        },
        {
          type: "select",
          key: "region",
          label: t("overview.filters.region"),
          placeholder: t("overview.filters.anyRegion"),
          select: { options: vocabulary.regionOptions },
          testId: "overview-region",
          col: { xs: 24, md: 12, lg: 6, xxl: 3 },
        },
        {
          type: "select",
          key: "countryCode",
          label: t("overview.filters.country"),
          placeholder: t("overview.filters.anyCountry"),
          select: countries.selectProps,
          testId: "overview-country",
          col: { xs: 24, md: 12, lg: 6, xxl: 3 },
        },
        {
          type: "select",
          key: "crimeAreas",
          multiple: true,
          label: t("overview.filters.crimeAreas"),
          placeholder: t("overview.filters.anyCrimeArea"),
          select: crimeAreas.selectProps,
          col: { xs: 24, md: 12, lg: 9, xxl: 4 },
        },
        {
          type: "select",
          key: "channels",
          multiple: true,
          label: t("overview.filters.channels"),
          placeholder: t("overview.filters.anyChannel"),
          select: { options: channels.options, optionFilterProp: "label" },
          col: { xs: 24, md: 12, lg: 9, xxl: 4 },
        },
      ]}
    />
  );
}

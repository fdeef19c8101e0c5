import { useTranslate } from "@refinedev/core";
import type { OutcomeFilters, Region } from "@tbc/types";
import { Button, Card, Col, Form, InputNumber, Row, Select, Space } from "antd";
import { useEffect, useRef, useState } from "react";
import { useCountrySelect } from "../../components/countries";
import { useCrimeAreaSelect } from "../../components/crime-areas";
import { useVocabulary } from "../../components/labels";

/**
 * A year box that tells the page only about whole years: typing "2", "20", "201" on the way to
 * "2010" must not filter on year 2 (the URL would drop it and wipe the box).
 */
function YearInput({
  value,
  onCommit,
  placeholder,
  label,
}: {
  value: number | undefined;
  onCommit: (year: number | undefined) => void;
  placeholder: string;
  label: string;
}) {
  const [draft, setDraft] = useState<number | null>(value ?? null);
  useEffect(() => setDraft(value ?? null), [value]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const commit = (year: number | null) => {
    clearTimeout(timer.current);
    if (year === null) onCommit(undefined);
    else if (year >= 1990 && year <= 2100) onCommit(year);
  };
  return (
    <InputNumber
      value={draft}
      min={1990}
      max={2100}
      precision={0}
      placeholder={placeholder}
      aria-label={label}
      style={{ width: "50%" }}
      onChange={(v) => {
        const year = typeof v === "number" ? v : null;
        setDraft(year);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => commit(year), 500);
      }}
      onPressEnter={() => commit(draft)}
    />
  );
}

/** The global filters of the Outcomes page; every change goes to the URL at once. */
export function OutcomeFilterBar({
  filters,
  onChange,
}: {
  filters: OutcomeFilters;
  onChange: (filters: OutcomeFilters) => void;
}) {
  const t = useTranslate();
  const vocabulary = useVocabulary();
  const countries = useCountrySelect();
  const crimeAreas = useCrimeAreaSelect();
  const set = <K extends keyof OutcomeFilters>(key: K, value: OutcomeFilters[K] | null) => {
    const next = { ...filters };
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0))
      delete next[key];
    else next[key] = value;
    onChange(next);
  };

  return (
    <Card size="small" data-testid="outcome-filters">
      <Form layout="vertical" component="div">
        <Row gutter={[12, 0]} align="bottom">
          <Col xs={24} md={12} xl={5}>
            <Form.Item label={t("outcomes.filters.years")} style={{ marginBottom: 8 }}>
              <Space.Compact style={{ width: "100%" }}>
                <YearInput
                  value={filters.yearFrom}
                  onCommit={(y) => set("yearFrom", y)}
                  placeholder={t("outcomes.filters.from")}
                  label={`${t("outcomes.filters.years")} ${t("outcomes.filters.from")}`}
                />
                <YearInput
                  value={filters.yearTo}
                  onCommit={(y) => set("yearTo", y)}
                  placeholder={t("outcomes.filters.to")}
                  label={`${t("outcomes.filters.years")} ${t("outcomes.filters.to")}`}
                />
              </Space.Compact>
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={5}>
            <Form.Item label={t("outcomes.filters.region")} style={{ marginBottom: 8 }}>
              <Select
                value={filters.region ?? null}
                options={vocabulary.regionOptions}
                allowClear
                placeholder={t("outcomes.filters.anyRegion")}
                onChange={(v: Region | undefined) => set("region", v)}
                data-testid="outcome-region"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={5}>
            <Form.Item label={t("outcomes.filters.country")} style={{ marginBottom: 8 }}>
              <Select
                {...countries.selectProps}
                value={filters.countryCode ?? null}
                placeholder={t("outcomes.filters.anyCountry")}
                onChange={(v: string | undefined) => set("countryCode", v)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={7}>
            <Form.Item label={t("outcomes.filters.crimeAreas")} style={{ marginBottom: 8 }}>
              <Select
                {...crimeAreas.selectProps}
                mode="multiple"
                allowClear
                maxTagCount="responsive"
                value={filters.crimeAreas ?? []}
                placeholder={t("outcomes.filters.anyCrimeArea")}
                onChange={(v: string[]) => set("crimeAreas", v)}
                data-testid="outcome-crime-areas"
              />
            </Form.Item>
          </Col>
          <Col xs={24} xl={2}>
            <Form.Item label=" " colon={false} style={{ marginBottom: 8 }}>
              <Button block onClick={() => onChange({})} disabled={Object.keys(filters).length === 0}>
                {t("buttons.clear")}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}

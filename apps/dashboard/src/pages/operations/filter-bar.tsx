import type { CrudFilter } from "@refinedev/core";
import { useTranslate } from "@refinedev/core";
import { Button, Col, Form, type FormProps, Input, InputNumber, Row, Select, Space, Tag } from "antd";
import { useEffect, useMemo, useRef } from "react";
import { useCountrySelect } from "../../components/countries";
import { useCrimeAreaSelect } from "../../components/crime-areas";
import { useVocabulary } from "../../components/labels";
import { fromOperationFilters, isBarFilter, type OperationSearch } from "./filters";
import { useReliabilityOptions } from "./reliability";

/** Fields that apply after a pause in typing; selects apply at once. */
const TYPED = new Set(["nameContains", "yearFrom", "yearTo"]);

export function OperationFilterBar({
  searchFormProps,
  filters,
  onReset,
  onRemove,
}: {
  searchFormProps: FormProps<OperationSearch>;
  filters: CrudFilter[];
  onReset: () => void;
  onRemove: (filter: CrudFilter) => void;
}) {
  const t = useTranslate();
  const vocabulary = useVocabulary();
  const countries = useCountrySelect();
  const crimeAreas = useCrimeAreaSelect();
  const reliability = useReliabilityOptions();
  const form = searchFormProps.form;
  const values = useMemo(() => fromOperationFilters(filters), [filters]);
  // Filters the fields cannot show (a drill-down's "arrests: published"): removable tags.
  const extra = filters.filter((f) => !isBarFilter(f));
  const describe = (f: CrudFilter) => {
    if (!("field" in f)) return t("operations.filters.other");
    const field = t(`operations.fields.${f.field}`);
    if (f.operator === "nnull") return t("operations.filters.isSet", { field });
    return t("operations.filters.generic", { field, operator: f.operator, value: String(f.value) });
  };

  // Keep the fields in step with the URL (back/forward, drill-downs, the menu link that clears all).
  useEffect(() => {
    form?.setFieldsValue(values);
  }, [form, values]);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onValuesChange = (changed: OperationSearch) => {
    clearTimeout(timer.current);
    const typed = Object.keys(changed).some((k) => TYPED.has(k));
    timer.current = setTimeout(() => form?.submit(), typed ? 400 : 0);
  };
  const multiple = { mode: "multiple" as const, allowClear: true, maxTagCount: "responsive" as const };

  return (
    <Form<OperationSearch>
      {...searchFormProps}
      name="operation-filters"
      initialValues={values}
      onValuesChange={onValuesChange}
      layout="vertical"
      style={{ marginBottom: 16 }}
      data-testid="operation-filters"
    >
      <Row gutter={[12, 0]} align="bottom">
        <Col xs={24} md={12} xl={4}>
          <Form.Item name="nameContains" label={t("operations.fields.name")}>
            <Input.Search
              placeholder={t("operations.filters.name")}
              allowClear
              onSearch={() => form?.submit()}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={5}>
          <Form.Item name="crimeAreaIn" label={t("operations.fields.crimeArea")}>
            <Select
              {...crimeAreas.selectProps}
              {...multiple}
              placeholder={t("operations.filters.crimeArea")}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={4}>
          <Form.Item label={t("operations.fields.editionYear")}>
            <Space.Compact style={{ width: "100%" }}>
              <Form.Item name="yearFrom" noStyle>
                <InputNumber
                  min={1990}
                  max={2100}
                  placeholder={t("operations.filters.yearFrom")}
                  aria-label={`${t("operations.fields.editionYear")} ${t("operations.filters.yearFrom")}`}
                  style={{ width: "50%" }}
                />
              </Form.Item>
              <Form.Item name="yearTo" noStyle>
                <InputNumber
                  min={1990}
                  max={2100}
                  placeholder={t("operations.filters.yearTo")}
                  aria-label={`${t("operations.fields.editionYear")} ${t("operations.filters.yearTo")}`}
                  style={{ width: "50%" }}
                />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={4}>
          <Form.Item name="regionEq" label={t("operations.fields.countryRegion")}>
            <Select
              options={vocabulary.regionOptions}
              allowClear
              placeholder={t("operations.filters.region")}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={4}>
          <Form.Item name="countryEq" label={t("operations.fields.countryCode")}>
            <Select {...countries.selectProps} placeholder={t("operations.filters.country")} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={3}>
          <Form.Item name="reliabilityIn" label={t("operations.fields.reliability")}>
            <Select
              {...multiple}
              options={reliability}
              optionLabelProp="value"
              popupMatchSelectWidth={false}
              placeholder={t("operations.filters.reliability")}
            />
          </Form.Item>
        </Col>
      </Row>
      <Space wrap size={[8, 8]}>
        <Button size="small" onClick={onReset}>
          {t("buttons.clear")}
        </Button>
        {/* refine keeps one filter per field and operator: a unique key. */}
        {extra.map((f) => (
          <Tag
            key={`${"field" in f ? f.field : f.key}-${f.operator}`}
            closable
            onClose={() => onRemove(f)}
            color="blue"
          >
            {describe(f)}
          </Tag>
        ))}
      </Space>
    </Form>
  );
}

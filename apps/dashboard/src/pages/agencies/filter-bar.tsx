import type { CrudFilter } from "@refinedev/core";
import { useTranslate } from "@refinedev/core";
import { Button, Col, Form, type FormProps, Input, Row, Select, Tag } from "antd";
import { useEffect, useMemo, useRef } from "react";
import { useCountrySelect } from "../../components/countries";
import { useVocabulary } from "../../components/labels";
import { type AgencySearch, fromAgencyFilters, isBarFilter } from "./filters";

export function AgencyFilterBar({
  searchFormProps,
  filters,
  onReset,
  onRemove,
}: {
  searchFormProps: FormProps<AgencySearch>;
  filters: CrudFilter[];
  onReset: () => void;
  onRemove: (filter: CrudFilter) => void;
}) {
  const t = useTranslate();
  const vocabulary = useVocabulary();
  const countries = useCountrySelect();
  const form = searchFormProps.form;
  const describe = (f: CrudFilter) => {
    if (!("field" in f)) return t("agencies.filters.other");
    const field = t(`agencies.fields.${f.field}`);
    if (f.operator === "null") return t("agencies.filters.isNone", { field });
    return t("agencies.filters.generic", { field, operator: f.operator, value: String(f.value) });
  };
  const values = useMemo(() => fromAgencyFilters(filters), [filters]);
  // Filters the fields cannot show (a drill-down to "no region"): listed as tags that can be removed.
  const extra = filters.filter((f) => !isBarFilter(f));

  // Keep the fields in step with the URL (back/forward, the menu link that clears all filters).
  useEffect(() => {
    form?.setFieldsValue(values);
  }, [form, values]);

  // Selects apply at once; typing in the name box applies after a short pause.
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onValuesChange = (changed: AgencySearch) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => form?.submit(), "nameContains" in changed ? 400 : 0);
  };

  return (
    <Form<AgencySearch>
      {...searchFormProps}
      name="agency-filters"
      initialValues={values}
      onValuesChange={onValuesChange}
      layout="vertical"
      style={{ marginBottom: 16 }}
      data-testid="agency-filters"
    >
      <Row gutter={[12, 0]} align="bottom">
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="nameContains" label={t("agencies.fields.name")}>
            <Input.Search
              placeholder={t("agencies.filters.name")}
              allowClear
              onSearch={() => form?.submit()}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={5}>
          <Form.Item name="countryEq" label={t("agencies.fields.countryCode")}>
            <Select {...countries.selectProps} placeholder={t("agencies.filters.country")} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={4}>
          <Form.Item name="regionEq" label={t("agencies.fields.region")}>
            <Select
              options={vocabulary.regionOptions}
              allowClear
              placeholder={t("agencies.filters.region")}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={4}>
          <Form.Item name="kindIn" label={t("agencies.fields.kind")}>
            <Select
              mode="multiple"
              options={vocabulary.kindOptions}
              allowClear
              maxTagCount="responsive"
              optionFilterProp="label"
              placeholder={t("agencies.filters.kind")}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={3}>
          <Form.Item name="statusIn" label={t("agencies.fields.status")}>
            <Select
              mode="multiple"
              options={vocabulary.statusOptions}
              allowClear
              maxTagCount="responsive"
              placeholder={t("agencies.filters.status")}
            />
          </Form.Item>
        </Col>
        <Col xs={24} xl={2}>
          <Form.Item label=" " colon={false}>
            <Button onClick={onReset} block>
              {t("buttons.clear")}
            </Button>
          </Form.Item>
        </Col>
      </Row>
      {/* refine keeps one filter per field and operator (or key and operator): a unique key. */}
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
    </Form>
  );
}

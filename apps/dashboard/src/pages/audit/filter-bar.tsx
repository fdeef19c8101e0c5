import { useTranslate } from "@refinedev/core";
import { Button, Col, DatePicker, Form, type FormProps, Input, Row, Select } from "antd";
import { useEffect, useMemo, useRef } from "react";
import { AUDIT_ACTIONS } from "../../components/history/action-tag";
import { AUDIT_ENTITIES, type AuditSearch } from "./filters";

/** By user (email contains), entity, action and period; selects apply at once, typing after a pause. */
export function AuditFilterBar({
  searchFormProps,
  values,
  onReset,
}: {
  searchFormProps: FormProps<AuditSearch>;
  values: AuditSearch;
  onReset: () => void;
}) {
  const t = useTranslate();
  const form = searchFormProps.form;
  const entityOptions = useMemo(
    () => AUDIT_ENTITIES.map((e) => ({ value: e, label: t(`audit.entities.${e}`, e) })),
    [t],
  );
  const actionOptions = useMemo(
    () => AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`history.actions.${a}`, a) })),
    [t],
  );

  useEffect(() => {
    form?.setFieldsValue(values);
  }, [form, values]);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onValuesChange = (changed: AuditSearch) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => form?.submit(), "userContains" in changed ? 400 : 0);
  };

  return (
    <Form<AuditSearch>
      {...searchFormProps}
      name="audit-filters"
      initialValues={values}
      onValuesChange={onValuesChange}
      layout="vertical"
      style={{ marginBottom: 16 }}
      data-testid="audit-filters"
    >
      <Row gutter={[12, 0]} align="bottom">
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="userContains" label={t("audit.fields.userEmail")}>
            <Input.Search placeholder={t("audit.filters.user")} allowClear onSearch={() => form?.submit()} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="entityEq" label={t("audit.fields.entity")}>
            <Select
              options={entityOptions}
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t("audit.filters.entity")}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="actionEq" label={t("audit.fields.action")}>
            <Select
              options={actionOptions}
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t("audit.filters.action")}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={18} xl={8}>
          <Form.Item name="period" label={t("audit.fields.period")}>
            <DatePicker.RangePicker
              style={{ width: "100%" }}
              allowEmpty={[false, false]}
              placeholder={[t("audit.filters.from"), t("audit.filters.to")]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6} xl={2}>
          <Form.Item label=" " colon={false}>
            <Button onClick={onReset} block>
              {t("buttons.clear")}
            </Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}

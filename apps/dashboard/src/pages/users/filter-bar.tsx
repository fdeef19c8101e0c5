import { useTranslate } from "@refinedev/core";
import { Button, Col, Form, type FormProps, Input, Row, Select } from "antd";
import { useEffect, useRef } from "react";
import type { UserSearch } from "./filters";
import { useRoleOptions } from "./role-tag";

/** Search (email or name), role and status; selects apply at once, typing after a pause. */
export function UserFilterBar({
  searchFormProps,
  values,
  onReset,
}: {
  searchFormProps: FormProps<UserSearch>;
  values: UserSearch;
  onReset: () => void;
}) {
  const t = useTranslate();
  const roleOptions = useRoleOptions();
  const form = searchFormProps.form;

  useEffect(() => {
    form?.setFieldsValue(values);
  }, [form, values]);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onValuesChange = (changed: UserSearch) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => form?.submit(), "q" in changed ? 400 : 0);
  };

  return (
    <Form<UserSearch>
      {...searchFormProps}
      name="user-filters"
      initialValues={values}
      onValuesChange={onValuesChange}
      layout="vertical"
      style={{ marginBottom: 16 }}
      data-testid="user-filters"
    >
      <Row gutter={[12, 0]} align="bottom">
        <Col xs={24} md={10} xl={8}>
          <Form.Item name="q" label={t("users.filters.searchLabel")}>
            <Input.Search
              placeholder={t("users.filters.search")}
              allowClear
              onSearch={() => form?.submit()}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={5}>
          <Form.Item name="roleEq" label={t("users.fields.role")}>
            <Select options={roleOptions} allowClear placeholder={t("users.filters.role")} />
          </Form.Item>
        </Col>
        <Col xs={12} md={5} xl={5}>
          <Form.Item name="status" label={t("users.fields.status")}>
            <Select
              allowClear
              placeholder={t("users.filters.status")}
              options={[
                { value: "active", label: t("users.statuses.active") },
                { value: "disabled", label: t("users.statuses.disabled") },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={3} xl={2}>
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

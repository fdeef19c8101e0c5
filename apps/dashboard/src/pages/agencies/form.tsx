import { useTranslate } from "@refinedev/core";
import { Col, DatePicker, Form, type FormProps, Input, Row, Select, type SelectProps } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useCountrySelect } from "../../components/countries";
import { useVocabulary } from "../../components/labels";
import { DuplicateWarning } from "./duplicate-warning";
import { type AgencyField, zodRule } from "./zod-rules";

const DATE_FORMAT = "YYYY-MM-DD";

/**
 * The fields staff enter, shared by create and edit. Every field is checked by the shared zod
 * schema (zodRule); server-side field errors land on the same fields through refine's useForm.
 * The date is kept in the form as the "YYYY-MM-DD" string the API takes, and only shown as a
 * dayjs value to the DatePicker.
 */
export function AgencyForm({
  formProps,
  excludeId,
  disabled = false,
}: {
  formProps: FormProps;
  excludeId?: number;
  disabled?: boolean;
}) {
  const t = useTranslate();
  const vocabulary = useVocabulary();
  const countries = useCountrySelect();
  const name = Form.useWatch<string | undefined>("name", formProps.form);
  const countryCode = Form.useWatch<string | null | undefined>("countryCode", formProps.form);
  const acronym = Form.useWatch<string | null | undefined>("acronym", formProps.form);

  const item = (field: AgencyField) => ({
    name: field,
    label: t(`agencies.fields.${field}`),
    rules: [zodRule(field, t)],
  });

  return (
    <Form {...formProps} disabled={disabled} name="agency" layout="vertical" data-testid="agency-form">
      <DuplicateWarning name={name} acronym={acronym} countryCode={countryCode} excludeId={excludeId} />
      <Row gutter={24}>
        <Col xs={24} md={16}>
          <Form.Item {...item("name")} required>
            <Input placeholder={t("agencies.placeholders.name")} maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item {...item("acronym")}>
            <Input placeholder={t("agencies.placeholders.acronym")} maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item("countryCode")} extra={t("agencies.help.countryCode")}>
            <Select
              {...countries.selectProps}
              placeholder={t("agencies.placeholders.countryCode")}
              data-testid="country-select"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item("kind")} required>
            <RequiredSelect
              options={vocabulary.kindOptions}
              placeholder={t("agencies.placeholders.kind")}
              data-testid="kind-select"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            {...item("pledgedOn")}
            getValueProps={(value?: string | null) => ({ value: value ? dayjs(value, DATE_FORMAT) : null })}
            normalize={(value?: Dayjs | null) => (value ? value.format(DATE_FORMAT) : null)}
          >
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t("agencies.placeholders.pledgedOn")}
              style={{ width: "100%" }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item {...item("website")}>
            <Input placeholder={t("agencies.placeholders.website")} inputMode="url" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item {...item("socialHandle")}>
            <Input placeholder={t("agencies.placeholders.socialHandle")} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item {...item("sourceUrl")} extra={t("agencies.help.sourceUrl")}>
            <Input placeholder={t("agencies.placeholders.sourceUrl")} inputMode="url" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item {...item("notes")}>
            <Input.TextArea
              rows={4}
              placeholder={t("agencies.placeholders.notes")}
              maxLength={2000}
              showCount
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}

/**
 * A Select under a required Form.Item: antd hands it `aria-required`, which rc-select puts on its
 * outer <div>, where ARIA does not allow it (axe: aria-allowed-attr, critical). The label's asterisk
 * stays; the field's error says what is missing.
 */
function RequiredSelect({
  "aria-required": _dropped,
  ...props
}: SelectProps & { "aria-required"?: unknown }) {
  return <Select {...props} />;
}

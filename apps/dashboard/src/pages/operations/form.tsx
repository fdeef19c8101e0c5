import { useTranslate } from "@refinedev/core";
import { ZOperationValues } from "@tbc/types";
import {
  Col,
  DatePicker,
  Divider,
  Form,
  type FormInstance,
  type FormProps,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useCountrySelect } from "../../components/countries";
import { useCrimeAreaSelect } from "../../components/crime-areas";
import { useNumberLocale } from "../../components/figure";
import { formatCount } from "../../components/format";
import { issuesToFields, type Translate, zodRules } from "../../components/zod-rules";
import { CrimeAreaAdd } from "./crime-area-add";
import { checkOperationValues, type OperationField, pickOperationValues, toSentValue } from "./form-values";
import { useReliabilityOptions } from "./reliability";

const MONTH_FORMAT = "YYYY-MM";
const rule = zodRules(ZOperationValues.shape, "operations.validation", toSentValue);

/** A "YYYY-MM" string in the form, a dayjs only inside the month picker. */
const monthProps = {
  getValueProps: (value?: string | null) => ({ value: value ? dayjs(value, MONTH_FORMAT) : null }),
  normalize: (value?: Dayjs | null) => (value ? value.format(MONTH_FORMAT) : null),
};

/** Thousands separators in whole-number inputs ("27,400,000"), in the locale's style. */
function useDigitGrouping() {
  const locale = useNumberLocale();
  return {
    formatter: (value: string | number | undefined) =>
      value === undefined || value === "" ? "" : formatCount(Number(value), locale),
    parser: (text: string | undefined) => (text ?? "").replace(/\D/g, ""),
  };
}

/**
 * The values to send, or null after putting the whole-schema problems (period order, more countries
 * listed than counted) on their fields. Per-field rules have already run when antd calls onFinish.
 */
export function operationValuesOrErrors(
  raw: Record<string, unknown>,
  form: FormInstance | undefined,
  t: Translate,
): Record<OperationField, unknown> | null {
  const values = pickOperationValues(raw);
  const issues = checkOperationValues(values);
  if (issues.length === 0) return values;
  form?.setFields(issuesToFields(issues, "operations.validation", t));
  return null;
}

/**
 * Every field of ZOperationValues, shared by create and edit, each checked by the shared schema.
 * Figures left empty are unknown and go to the server as null, not 0.
 */
export function OperationForm({ formProps }: { formProps: FormProps }) {
  const t = useTranslate();
  const countries = useCountrySelect();
  const crimeAreas = useCrimeAreaSelect();
  const reliability = useReliabilityOptions();
  const grouping = useDigitGrouping();

  const item = (field: OperationField) => ({
    name: field,
    label: t(`operations.fields.${field}`),
    rules: [rule(field, t)],
  });
  const figure = (
    field: "raids" | "arrests" | "underInvestigation" | "seizedValueUsd" | "countriesCount",
  ) => (
    <Form.Item {...item(field)} extra={field === "raids" ? t("operations.help.raids") : undefined}>
      <InputNumber
        min={0}
        precision={0}
        style={{ width: "100%" }}
        placeholder={t("operations.placeholders.figure")}
        {...grouping}
      />
    </Form.Item>
  );
  const text = (field: OperationField, rows = 3) => (
    <Form.Item {...item(field)}>
      <Input.TextArea rows={rows} maxLength={4000} placeholder={t(`operations.placeholders.${field}`)} />
    </Form.Item>
  );

  return (
    <Form {...formProps} name="operation" layout="vertical" data-testid="operation-form">
      <Row gutter={24}>
        <Col xs={24} md={16}>
          <Form.Item {...item("name")} required>
            <Input maxLength={200} placeholder={t("operations.placeholders.name")} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item {...item("editionYear")} required>
            <InputNumber
              min={1990}
              max={2100}
              precision={0}
              style={{ width: "100%" }}
              placeholder={t("operations.placeholders.editionYear")}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item {...item("periodStart")} {...monthProps}>
            <DatePicker
              picker="month"
              format={MONTH_FORMAT}
              style={{ width: "100%" }}
              placeholder={t("operations.placeholders.month")}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item {...item("periodEnd")} {...monthProps} extra={t("operations.help.periodEnd")}>
            <DatePicker
              picker="month"
              format={MONTH_FORMAT}
              style={{ width: "100%" }}
              placeholder={t("operations.placeholders.month")}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          {/* The select's input gets antd's id `<form name>_<field>`: the label points at it. */}
          <Form.Item label={t("operations.fields.crimeArea")} required htmlFor="operation_crimeArea">
            <Space.Compact style={{ width: "100%" }}>
              <Form.Item {...item("crimeArea")} noStyle>
                <Select {...crimeAreas.selectProps} placeholder={t("operations.placeholders.crimeArea")} />
              </Form.Item>
              <CrimeAreaAdd
                onAdded={(code) => {
                  void crimeAreas.refetch();
                  formProps.form?.setFieldValue("crimeArea", code);
                }}
              />
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item {...item("reliability")}>
            <Select options={reliability} allowClear placeholder={t("operations.placeholders.reliability")} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item {...item("region")}>
            <Input maxLength={120} placeholder={t("operations.placeholders.region")} />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          {figure("countriesCount")}
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item("countryCodes")} extra={t("operations.help.countriesCount")}>
            <Select
              {...countries.selectProps}
              mode="multiple"
              maxTagCount="responsive"
              placeholder={t("operations.placeholders.countryCodes")}
            />
          </Form.Item>
        </Col>
      </Row>

      <Divider orientation="start" style={{ marginTop: 0 }}>
        {t("operations.sections.figures")}
      </Divider>
      <Typography.Paragraph type="secondary">{t("operations.help.figures")}</Typography.Paragraph>
      <Row gutter={24}>
        <Col xs={24} sm={12} lg={6}>
          {figure("raids")}
        </Col>
        <Col xs={24} sm={12} lg={6}>
          {figure("arrests")}
        </Col>
        <Col xs={24} sm={12} lg={6}>
          {figure("underInvestigation")}
        </Col>
        <Col xs={24} sm={12} lg={6}>
          {figure("seizedValueUsd")}
        </Col>
        <Col xs={24}>{text("seizureDescription")}</Col>
        <Col xs={24}>{text("summary")}</Col>
        <Col xs={24} md={12}>
          <Form.Item {...item("sourceTitle")}>
            <Input maxLength={500} placeholder={t("operations.placeholders.sourceTitle")} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item("sourceUrl")}>
            <Input inputMode="url" placeholder={t("operations.placeholders.sourceUrl")} />
          </Form.Item>
        </Col>
        <Col xs={24}>{text("caveats", 2)}</Col>
      </Row>
    </Form>
  );
}

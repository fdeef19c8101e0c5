import { type HttpError, useTranslate } from "@refinedev/core";
import { SEIZURE_CATEGORIES, ZSeizureValues } from "@tbc/types";
import { Col, Form, Input, InputNumber, Modal, Row, Select } from "antd";
import { useMemo } from "react";
import { useCountrySelect } from "../../components/countries";
import { zodRules } from "../../components/zod-rules";
import { useProcedureMutation } from "../../providers/procedures";

type SeizureField = keyof typeof ZSeizureValues.shape;
const FIELDS = Object.keys(ZSeizureValues.shape) as SeizureField[];
const blankToNull = (_field: string, v: unknown) => (v === undefined || v === "" ? null : v);
const rule = zodRules(ZSeizureValues.shape, "operations.validation", blankToNull);

/** Only the schema's fields; an empty input is unknown (null), never 0. */
export function pickSeizureValues(values: Record<string, unknown>): Record<SeizureField, unknown> {
  const out = {} as Record<SeizureField, unknown>;
  for (const field of FIELDS) out[field] = blankToNull(field, values[field]);
  return out;
}

/**
 * "Add seizure": one itemised seizure of an operation, checked with the shared ZSeizureValues
 * before it is sent; the server's field errors land on the same fields.
 */
export function SeizureModal({
  operationId,
  open,
  onClose,
  onAdded,
}: {
  operationId: number;
  open: boolean;
  onClose: () => void;
  onAdded: () => void;
}) {
  const t = useTranslate();
  const [form] = Form.useForm();
  const countries = useCountrySelect();
  const { mutate, mutation } = useProcedureMutation("seizures.create");
  const categories = useMemo(
    () => SEIZURE_CATEGORIES.map((c) => ({ value: c, label: t(`operations.seizureCategories.${c}`) })),
    [t],
  );
  const item = (field: SeizureField) => ({
    name: field,
    label: t(`operations.seizures.${field === "countryCode" ? "country" : field}`),
    rules: [rule(field, t)],
  });

  const submit = (raw: Record<string, unknown>) => {
    // The form's rules come from the same schema, so this parse only types what they checked.
    const parsed = ZSeizureValues.safeParse(pickSeizureValues(raw));
    if (!parsed.success) return;
    mutate(
      { operationId, values: parsed.data },
      {
        successNotification: () => ({ message: t("operations.seizures.added"), type: "success" }),
        onSuccess: () => {
          form.resetFields();
          onAdded();
        },
        onError: (error: HttpError) => {
          const fields = Object.entries(error.errors ?? {}).filter(([name]) =>
            FIELDS.includes(name as SeizureField),
          );
          form.setFields(fields.map(([name, e]) => ({ name, errors: Array.isArray(e) ? e : [String(e)] })));
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t("operations.seizures.title")}
      okText={t("buttons.save")}
      cancelText={t("buttons.cancel")}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      width={640}
    >
      <Form form={form} layout="vertical" onFinish={submit} name="seizure" data-testid="seizure-form">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item {...item("category")} required>
              <Select options={categories} placeholder={t("operations.seizures.placeholders.category")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item {...item("countryCode")}>
              <Select
                {...countries.selectProps}
                placeholder={t("operations.seizures.placeholders.country")}
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item {...item("description")}>
              <Input maxLength={500} placeholder={t("operations.seizures.placeholders.description")} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item {...item("quantity")}>
              <InputNumber
                min={0}
                style={{ width: "100%" }}
                placeholder={t("operations.placeholders.figure")}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item {...item("unit")}>
              <Input maxLength={30} placeholder={t("operations.seizures.placeholders.unit")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item {...item("valueUsd")}>
              <InputNumber
                min={0}
                precision={0}
                style={{ width: "100%" }}
                placeholder={t("operations.placeholders.figure")}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

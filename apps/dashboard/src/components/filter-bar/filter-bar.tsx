import { CloseOutlined } from "@ant-design/icons";
import { useTranslate } from "@refinedev/core";
import {
  Row as AntdRow,
  Button,
  Card,
  Col,
  type ColProps,
  Form,
  type SelectProps,
  Space,
  Tag,
  Typography,
} from "antd";
import { lazy, type ReactNode, Suspense } from "react";
import { type Change, SelectField, TextField } from "./fields";

const DateRangeField = lazy(() => import("./range-fields").then((m) => ({ default: m.DateRangeField })));
const NumberRangeField = lazy(() => import("./range-fields").then((m) => ({ default: m.NumberRangeField })));

type Common = { label: ReactNode; col: ColProps };

/** A filter bar's fields, declared by each page; `key` names the value in the bar's `values`. */
export type FilterField = Common &
  (
    | { type: "text"; key: string; placeholder: string; debounce?: number }
    | {
        type: "select";
        key: string;
        placeholder: string;
        multiple?: boolean;
        select?: SelectProps;
        testId?: string;
      }
    | { type: "dateRange"; key: string; placeholders: [string, string] }
    | {
        type: "numberRange";
        keys: [string, string];
        placeholders: [string, string];
        min: number;
        max: number;
        debounce?: number;
      }
    | { type: "custom"; key: string; render: () => ReactNode }
  );

export type FilterTag = { key: string; label: string; onClose: () => void };

/** A range field's place while its code loads: the height of a control, so nothing jumps. */
const LOADING_FIELD = <div style={{ height: 32 }} />;

/** Typing applies after this pause; selects and dates apply at once. */
export const TYPING_DEBOUNCE = 400;

function Field({
  id,
  field,
  values,
  onChange,
  onFlush,
}: {
  id: string;
  field: FilterField;
  values: Record<string, unknown>;
  onChange: Change;
  onFlush: () => void;
}) {
  switch (field.type) {
    case "text":
      return (
        <TextField
          id={id}
          value={values[field.key] as string | undefined}
          placeholder={field.placeholder}
          debounce={field.debounce ?? TYPING_DEBOUNCE}
          onChange={(v, write) => onChange({ [field.key]: v }, write)}
          onFlush={onFlush}
        />
      );
    case "select":
      return (
        <SelectField
          id={id}
          value={values[field.key]}
          multiple={field.multiple}
          placeholder={field.placeholder}
          select={field.select}
          testId={field.testId}
          onChange={(v) => onChange({ [field.key]: v })}
        />
      );
    case "dateRange":
      return (
        <Suspense fallback={LOADING_FIELD}>
          <DateRangeField
            id={id}
            value={values[field.key] as [string, string] | undefined}
            placeholders={field.placeholders}
            onChange={(v) => onChange({ [field.key]: v })}
          />
        </Suspense>
      );
    case "numberRange": {
      const [from, to] = field.keys;
      const num = (v: unknown) => (v === undefined || v === null || v === "" ? undefined : Number(v));
      return (
        <Suspense fallback={LOADING_FIELD}>
          <NumberRangeField
            value={[num(values[from]), num(values[to])]}
            min={field.min}
            max={field.max}
            placeholders={field.placeholders}
            labels={field.placeholders.map((p) => `${field.label} ${p}`) as [string, string]}
            debounce={field.debounce ?? TYPING_DEBOUNCE}
            onChange={([a, b], write) => onChange({ [from]: a, [to]: b }, write)}
            onFlush={onFlush}
          />
        </Suspense>
      );
    }
    case "custom":
      return field.render();
  }
}

/**
 * The one filter bar of the list and analytics pages: the fields a page declares, a Clear button,
 * and removable tags for filters the fields cannot show (a drill-down's "no region"). Values come
 * from the page's URL state and every change goes back to it (`useUrlState`); typed fields apply
 * after a pause, or at once on Enter or when the field is left.
 */
export function FilterBar({
  testId,
  fields,
  values,
  onChange,
  onFlush,
  onClear,
  clearDisabled,
  clear = "column",
  clearCol = { xs: 24, md: 3, xl: 2 },
  tags = [],
  tagsLabel,
  tagsTestId,
  card,
  footer,
}: {
  testId: string;
  fields: FilterField[];
  values: Record<string, unknown>;
  onChange: Change;
  onFlush?: () => void;
  onClear: () => void;
  clearDisabled?: boolean;
  /** Where Clear goes: a last column of the row, or a small button before the tags. */
  clear?: "column" | "tags" | "none";
  clearCol?: ColProps;
  tags?: FilterTag[];
  tagsLabel?: string;
  tagsTestId?: string;
  /** The analytics pages' look: a small card. */
  card?: boolean;
  footer?: ReactNode;
}) {
  const t = useTranslate();
  const flush = onFlush ?? (() => {});
  const item = card ? { style: { marginBottom: 8 } } : {};
  const clearButton = (
    <Button
      onClick={onClear}
      disabled={clearDisabled}
      block={clear === "column"}
      size={clear === "tags" ? "small" : undefined}
    >
      {t("buttons.clear")}
    </Button>
  );
  const tagList = tags.map((tag) => (
    <Tag
      key={tag.key}
      closable
      color="blue"
      onClose={(e) => {
        e.preventDefault();
        tag.onClose();
      }}
      closeIcon={<CloseOutlined aria-label={t("filters.remove", { filter: tag.label })} />}
      data-testid={`filter-tag-${tag.key}`}
    >
      {tag.label}
    </Tag>
  ));
  const form = (
    <Form
      layout="vertical"
      component={card ? "div" : "form"}
      onSubmitCapture={(e) => e.preventDefault()}
      style={card ? undefined : { marginBottom: 16 }}
      data-testid={card ? undefined : testId}
    >
      <Row testId={testId} fields={fields} values={values} onChange={onChange} onFlush={flush} item={item}>
        {clear === "column" && (
          <Col {...clearCol}>
            <Form.Item label=" " colon={false} {...item}>
              {clearButton}
            </Form.Item>
          </Col>
        )}
      </Row>
      {clear === "tags" && (
        <Space wrap size={[8, 8]}>
          {clearButton}
          {tagList}
        </Space>
      )}
      {clear !== "tags" && tags.length > 0 && (
        <Space wrap size={[4, 4]} data-testid={tagsTestId ?? `${testId}-tags`}>
          {tagsLabel && <Typography.Text type="secondary">{tagsLabel}</Typography.Text>}
          {tagList}
        </Space>
      )}
      {footer}
    </Form>
  );
  return card ? (
    <Card size="small" data-testid={testId}>
      {form}
    </Card>
  ) : (
    form
  );
}

function Row({
  testId,
  fields,
  values,
  onChange,
  onFlush,
  item,
  children,
}: {
  testId: string;
  fields: FilterField[];
  values: Record<string, unknown>;
  onChange: Change;
  onFlush: () => void;
  item: { style?: { marginBottom: number } };
  children?: ReactNode;
}) {
  return (
    <AntdRow gutter={[12, 0]} align="bottom">
      {fields.map((field) => {
        const key = field.type === "numberRange" ? field.keys.join("-") : field.key;
        // The label names the control (getByLabel, screen readers), as Form.Item's `name` did.
        const id = `${testId}-${key}`;
        return (
          <Col key={key} {...field.col}>
            <Form.Item label={field.label} htmlFor={id} {...item}>
              <Field id={id} field={field} values={values} onChange={onChange} onFlush={onFlush} />
            </Form.Item>
          </Col>
        );
      })}
      {children}
    </AntdRow>
  );
}

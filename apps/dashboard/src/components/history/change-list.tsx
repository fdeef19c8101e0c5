import { ArrowRightOutlined } from "@ant-design/icons";
import { useTranslate } from "@refinedev/core";
import type { FieldChange } from "@tbc/types";
import { Space, Tooltip, Typography } from "antd";
import { MAX_VALUE_CHARS, type Sides, showValue } from "./diff";
import type { FieldPresenter } from "./present";

function Value({ value, max, removed }: { value: unknown; max: number; removed?: boolean }) {
  const t = useTranslate();
  const shown = showValue(value, max);
  if (shown.empty) {
    return (
      <Typography.Text type="secondary" italic>
        {t("history.empty")}
      </Typography.Text>
    );
  }
  const text = (
    <Typography.Text
      type={removed ? "secondary" : undefined}
      delete={removed}
      code
      style={{ wordBreak: "break-word" }}
    >
      {shown.text}
    </Typography.Text>
  );
  return shown.truncated ? (
    <Tooltip title={shown.full} styles={{ root: { maxWidth: 480 } }}>
      <span data-truncated="true">{text}</span>
    </Tooltip>
  ) : (
    text
  );
}

/**
 * The changed fields of one history or audit entry: "Field: before → after", one per line; a
 * creation shows only the values set, a deletion only those removed. `present` names fields and
 * reads coded values (see present.ts); long values are cut, the whole value in a tooltip.
 */
export function ChangeList({
  changes,
  present,
  sides = "both",
  max = MAX_VALUE_CHARS,
}: {
  changes: FieldChange[];
  present: FieldPresenter;
  sides?: Sides;
  max?: number;
}) {
  const t = useTranslate();
  if (changes.length === 0) {
    return <Typography.Text type="secondary">{t("history.noChanges")}</Typography.Text>;
  }
  const showBefore = sides !== "after";
  const showAfter = sides !== "before";
  return (
    <ul style={{ listStyle: "none", margin: 0, padding: 0 }} data-testid="change-list">
      {changes.map(({ field, before, after }) => (
        <li key={field} data-field={field} style={{ padding: "2px 0" }}>
          <Space size={6} wrap>
            <Typography.Text strong>{t("history.field", { field: present.label(field) })}</Typography.Text>
            {showBefore && <Value value={present.value(field, before)} max={max} removed={showAfter} />}
            {showBefore && showAfter && (
              <ArrowRightOutlined aria-label={t("history.to")} style={{ fontSize: 12, opacity: 0.6 }} />
            )}
            {showAfter && <Value value={present.value(field, after)} max={max} />}
          </Space>
        </li>
      ))}
    </ul>
  );
}

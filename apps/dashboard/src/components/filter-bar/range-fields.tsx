import { DatePicker, InputNumber, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { UrlWrite } from "../../hooks/use-url-state";
import { useDraft } from "./fields";

// The filter bar's range fields, in a chunk of their own (antd's date picker and number input are
// heavy): the filter bar loads them only for the pages that declare such a field.

/** A from–to pair of whole numbers (years); a number outside min–max is not applied. */
export function NumberRangeField(props: {
  value: [number | undefined, number | undefined];
  min: number;
  max: number;
  placeholders: [string, string];
  labels: [string, string];
  debounce: number;
  onChange: (value: [number | undefined, number | undefined], write: UrlWrite) => void;
  onFlush: () => void;
}) {
  const [draft, setDraft] = useDraft(props.value);
  const change = (index: 0 | 1, input: number | string | null) => {
    const n = input === null || input === "" ? undefined : Number(input);
    const next: [number | undefined, number | undefined] = [...draft];
    next[index] = n;
    setDraft(next);
    const valid = next.every(
      (v) => v === undefined || (Number.isInteger(v) && v >= props.min && v <= props.max),
    );
    if (valid) props.onChange(next, { debounce: props.debounce });
  };
  return (
    <Space.Compact style={{ width: "100%" }}>
      {([0, 1] as const).map((i) => (
        <InputNumber
          key={i}
          value={draft[i] ?? null}
          min={props.min}
          max={props.max}
          precision={0}
          placeholder={props.placeholders[i]}
          aria-label={props.labels[i]}
          style={{ width: "50%" }}
          onChange={(v) => change(i, v)}
          onPressEnter={props.onFlush}
          onBlur={props.onFlush}
        />
      ))}
    </Space.Compact>
  );
}

/** Whole days, YYYY-MM-DD at both ends. */
export function DateRangeField(props: {
  id: string;
  value: [string, string] | undefined;
  placeholders: [string, string];
  allowClear?: boolean;
  label?: string;
  onChange: (value: [string, string] | undefined) => void;
}) {
  const [from, to] = props.value ?? [];
  const day = (d: string | undefined) => (d && dayjs(d).isValid() ? dayjs(d) : null);
  return (
    <DatePicker.RangePicker
      id={props.id}
      style={{ width: "100%" }}
      value={[day(from), day(to)]}
      allowClear={props.allowClear ?? true}
      allowEmpty={[false, false]}
      aria-label={props.label}
      placeholder={props.placeholders}
      onChange={(range) => {
        const [a, b] = (range ?? []) as [Dayjs | null, Dayjs | null];
        props.onChange(a && b ? [a.format("YYYY-MM-DD"), b.format("YYYY-MM-DD")] : undefined);
      }}
    />
  );
}

import { DatePicker, Input, InputNumber, Select, type SelectProps, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useRef, useState } from "react";
import type { UrlWrite } from "../../hooks/use-url-state";

/** What a field tells the bar: new values, applied at once or after a pause in typing. */
export type Change = (patch: Record<string, unknown>, write?: UrlWrite) => void;

const norm = (v: unknown) => JSON.stringify(typeof v === "string" ? v.trim() : (v ?? null));

/**
 * What a typed field shows: the user's draft, which follows the URL whenever the URL moves on its
 * own (Back, Clear, a link) but not when the URL catches up with what was typed (which would eat
 * the keystrokes typed meanwhile).
 */
function useDraft<T>(value: T): [T, (next: T) => void] {
  const [draft, setDraft] = useState(value);
  const sent = useRef(value);
  useEffect(() => {
    if (norm(value) !== norm(sent.current)) {
      sent.current = value;
      setDraft(value);
    }
  }, [value]);
  return [
    draft,
    (next) => {
      sent.current = next;
      setDraft(next);
    },
  ];
}

export function TextField(props: {
  id: string;
  value: string | undefined;
  placeholder: string;
  debounce: number;
  onChange: (value: string | undefined, write: UrlWrite) => void;
  onFlush: () => void;
}) {
  const [draft, setDraft] = useDraft(props.value ?? "");
  return (
    <Input.Search
      id={props.id}
      value={draft}
      placeholder={props.placeholder}
      allowClear
      onChange={(e) => {
        setDraft(e.target.value);
        props.onChange(e.target.value.trim() || undefined, { debounce: props.debounce });
      }}
      onSearch={props.onFlush}
      onBlur={props.onFlush}
    />
  );
}

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

export function SelectField(props: {
  id: string;
  value: unknown;
  multiple?: boolean;
  placeholder: string;
  select?: SelectProps;
  testId?: string;
  onChange: (value: unknown) => void;
}) {
  const empty = props.multiple ? [] : null;
  return (
    <Select
      allowClear
      {...(props.multiple ? { mode: "multiple" as const, maxTagCount: "responsive" as const } : {})}
      {...props.select}
      id={props.id}
      value={props.value ?? empty}
      placeholder={props.placeholder}
      data-testid={props.testId}
      onChange={(v: unknown) =>
        props.onChange(Array.isArray(v) && v.length === 0 ? undefined : (v ?? undefined))
      }
    />
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

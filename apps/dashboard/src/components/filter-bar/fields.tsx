import { Input, Select, type SelectProps } from "antd";
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
export function useDraft<T>(value: T): [T, (next: T) => void] {
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

import { DatePicker } from "antd";
import dayjs from "dayjs";

/**
 * The period's two days in antd's range picker: its own chunk (rc-picker and its locale data),
 * loaded by the filter bar only when someone reaches for it, so that the overview draws first.
 */
export default function RangePicker({
  from,
  to,
  label,
  open,
  onChange,
}: {
  from: string;
  to: string;
  label: string;
  open: boolean;
  onChange: (from: string, to: string) => void;
}) {
  return (
    <DatePicker.RangePicker
      value={[dayjs(from), dayjs(to)]}
      allowClear={false}
      style={{ flex: 1 }}
      aria-label={label}
      autoFocus={open}
      defaultOpen={open}
      onChange={(range) => {
        const [start, end] = range ?? [];
        if (start && end) onChange(start.format("YYYY-MM-DD"), end.format("YYYY-MM-DD"));
      }}
    />
  );
}

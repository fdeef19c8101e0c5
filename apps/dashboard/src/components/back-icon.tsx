import { ArrowLeftOutlined, ArrowRightOutlined } from "@ant-design/icons";
import { useDirection } from "./direction";

/**
 * The page header's "back" as a bare icon: refine's default is an antd Button inside the header's
 * own clickable back area, a control in a control (axe: nested-interactive). It points the way the
 * page reads.
 */
export function BackIcon() {
  return useDirection() === "rtl" ? <ArrowRightOutlined aria-hidden /> : <ArrowLeftOutlined aria-hidden />;
}

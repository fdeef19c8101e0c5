import { Dropdown, type MenuProps } from "antd";
import type { ReactNode } from "react";

/**
 * The Export menu's dropdown: its own chunk (antd's Dropdown, ≈ 6 kB gzip), loaded when someone
 * points at, focuses or clicks an Export button, so that the charts are drawn without it.
 */
export default function ExportDropdown({
  items,
  open,
  onOpenChange,
  onPick,
  children,
}: {
  items: NonNullable<MenuProps["items"]>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onPick: (key: string) => void;
  children: ReactNode;
}) {
  return (
    <Dropdown
      trigger={["click"]}
      open={open}
      onOpenChange={onOpenChange}
      menu={{
        items,
        onClick: ({ key }) => {
          onOpenChange(false);
          onPick(key);
        },
      }}
    >
      {children}
    </Dropdown>
  );
}

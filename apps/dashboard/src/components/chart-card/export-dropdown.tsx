import { Dropdown, type MenuProps } from "antd";
import type { ReactNode } from "react";

/**
 * The Export menu's dropdown, a module of its own: antd's Dropdown and its menu code (≈ 5 kB gzip)
 * load on the first click of an Export button, not with the charts (export-menu.tsx).
 */
export default function ExportDropdown(props: {
  items: NonNullable<MenuProps["items"]>;
  onSelect: (key: string) => void;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
}) {
  return (
    <Dropdown
      trigger={["click"]}
      open={props.open}
      onOpenChange={props.onOpenChange}
      menu={{
        items: props.items,
        onClick: ({ key }) => {
          props.onOpenChange(false);
          props.onSelect(key);
        },
      }}
    >
      {props.children}
    </Dropdown>
  );
}

import { BarChartOutlined, TeamOutlined } from "@ant-design/icons";
import type { ResourceProps } from "@refinedev/core";

/**
 * Menu labels are not set here: refine translates `<name>.<name>` (see i18n/en.ts), and a
 * meta.label would bypass that. `countries` has no pages; it backs the country selects.
 */
export const resources: ResourceProps[] = [
  {
    name: "agencies-by-country",
    list: "/agencies/by-country",
    meta: { icon: <BarChartOutlined /> },
  },
  {
    name: "agencies",
    list: "/agencies",
    create: "/agencies/create",
    edit: "/agencies/edit/:id",
    show: "/agencies/show/:id",
    meta: { icon: <TeamOutlined />, canDelete: true },
  },
  { name: "countries" },
];

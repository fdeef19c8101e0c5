import {
  AimOutlined,
  BarChartOutlined,
  DashboardOutlined,
  LineChartOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  SwapOutlined,
  TeamOutlined,
  UserOutlined,
} from "@ant-design/icons";
import type { ResourceProps } from "@refinedev/core";

/**
 * Menu labels are not set here: refine translates `<name>.<name>` (see i18n/en.ts), and a
 * meta.label would bypass that. `countries` and `crimeAreas` have no pages; they back the selects.
 * `imports` is the upload page (no menu entry: the operations list has the Import button);
 * `seizures` has no pages either, but its delete button asks access control by that name.
 */
export const resources: ResourceProps[] = [
  {
    name: "overview",
    list: "/",
    meta: { icon: <DashboardOutlined /> },
  },
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
  {
    name: "outcomes",
    list: "/outcomes",
    meta: { icon: <LineChartOutlined /> },
  },
  {
    name: "operations",
    list: "/operations",
    create: "/operations/create",
    edit: "/operations/edit/:id",
    show: "/operations/show/:id",
    meta: { icon: <AimOutlined />, canDelete: true },
  },
  {
    name: "imports",
    list: "/operations/import",
    meta: { hide: true },
  },
  {
    name: "engagement",
    list: "/engagement",
    meta: { icon: <RiseOutlined /> },
  },
  // The engagement upload page (no menu entry: the Engagement page has the Import button).
  {
    name: "engagement-import",
    list: "/engagement/import",
    meta: { hide: true },
  },
  // Names imported files write → what they mean (staff add them from an import preview).
  {
    name: "aliases",
    list: "/aliases",
    meta: { icon: <SwapOutlined /> },
  },
  // Administration (admin only: access control hides them from everyone else).
  {
    name: "users",
    list: "/users",
    meta: { icon: <UserOutlined /> },
  },
  {
    name: "audit",
    list: "/audit",
    meta: { icon: <SafetyCertificateOutlined /> },
  },
  // My account: everyone, linked from the header rather than the menu.
  {
    name: "account",
    list: "/account",
    meta: { hide: true },
  },
  { name: "countries" },
  { name: "crimeAreas" },
  { name: "seizures" },
];

declare module "virtual:antd-styles" {
  /** Each appearance's prebuilt antd style sheet (by appearanceName), or null in the dev server. */
  export const antdStyleSheets: Readonly<Record<string, string>> | null;
}

/** مبدّل السمة وقائمة الشاشات الصغيرة. */
export const theme = {
  label: "السمة: {{mode}}",
  choose: "سمة الألوان",
  modes: { light: "فاتحة", dark: "داكنة", system: "حسب النظام" },
};

export const layout = {
  openMenu: "فتح القائمة",
  closeMenu: "إغلاق القائمة",
  menu: "القائمة الرئيسية",
  foldMenu: "طيّ القائمة",
  unfoldMenu: "توسيع القائمة",
};

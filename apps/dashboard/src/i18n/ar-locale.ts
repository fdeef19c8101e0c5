/** The language switch (header and login page). The languages' own names are not translated. */
export const locale = {
  label: "اللغة",
  notSaved: "تعذّر حفظ لغتك في ملفك الشخصي: لن تُطبَّق إلا في هذا المتصفح.",
};

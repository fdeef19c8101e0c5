import type { Messages, Translation } from "./en";

/** Arabic for name reconciliation (mirrors en-names.ts). */

export const aliases: Translation<Messages["aliases"]> = {
  aliases: "مطابقات الأسماء",
  titles: { list: "مطابقات الأسماء" },
  intro:
    "أسماء تكتبها الملفات المستوردة بطرق مختلفة، وما يعنيه كل منها. تُستورد الملفات التي تحمل هذه الأسماء وفق المطابقة المحفوظة.",
  forbidden: "لا يمكنك الاطلاع على مطابقات الأسماء.",
  kinds: { country: "بلد", crime_area: "مجال إجرام", channel: "قناة" },
  fields: {
    kind: "النوع",
    name: "الاسم في الملف",
    target: "المقصود به",
    createdBy: "أُضيف بواسطة",
    updatedAt: "آخر تغيير",
  },
  filters: { name: "ابحث عن اسم", kind: "أي نوع" },
  edit: "تغيير",
  save: "حفظ",
  cancel: "إلغاء",
  delete: "إزالة",
  deleteConfirm: "إزالة مطابقة «{{name}}»؟",
  saved: "تم حفظ المطابقة",
  deleted: "أُزيلت المطابقة",
  gone: "(لم يعد مدرجًا)",
};

export const aliasDocumentTitles: Translation<Pick<Messages["documentTitle"], "aliases">> = {
  aliases: { list: "مطابقات الأسماء | Turn Back Crime" },
};

export const importNames: Translation<Pick<Messages["imports"], "unresolved" | "changes">> = {
  unresolved: {
    title: "أسماء غير معروفة",
    hint: "حدّد معنى كل اسم ثم احفظ: تُعاد المعاينة، وتُستورد الملفات اللاحقة التي تحمل هذا الاسم وفق المطابقة.",
    rows: "الصفوف",
    suggestions: "هل تقصد",
    choose: "اختر…",
    map: "حفظ المطابقة",
    mapped: "«{{name}}» يعني الآن {{target}}",
    readOnly: "اطلب من أحد الموظفين تحديد معناه، أو صحّح الملف.",
  },
  changes: { none: "—", empty: "(فارغ)" },
};

export const agencyDuplicate: Translation<Messages["agencies"]["duplicate"]> = {
  title: "تكرار محتمل",
  one: "{{name}} ({{country}}، {{status}}): {{reason}}.",
  noCountry: "بلا بلد",
  reasons: {
    "same-name": "الاسم نفسه",
    "same-acronym": "الاختصار نفسه {{acronym}}",
    "same-initials": "الأحرف الأولى نفسها {{acronym}}",
    "similar-name": "اسم مشابه (تشابه بنسبة {{percent}})",
  },
  open: "فتحها",
  hint: "لا يزال بإمكانك الحفظ إن كانت جهة مختلفة.",
};

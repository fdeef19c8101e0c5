import type { Translation } from "./en";
import type { a11yMessages as english } from "./en-a11y";

/** العربية: إمكانية الوصول (`a11y.*`) ولوحة الأوامر (`palette.*`)، على غرار en-a11y.ts. */
export const a11yMessages: Translation<typeof english> = {
  a11y: {
    chart: {
      viewTable: "العرض في جدول",
      tableCaption: "{{title}}: أرقام الرسم البياني",
      filterBy: "التصفية حسب {{value}}",
      legend: "مفتاح الرسم",
      summary: "{{title}}: من {{first}} إلى {{last}}؛ الأعلى {{top}} بقيمة {{value}}؛ المجموع {{total}}.",
      summaryEmpty: "{{title}}: لا توجد أرقام.",
    },
    actions: {
      view: "عرض {{name}}",
      edit: "تعديل {{name}}",
      delete: "حذف {{name}}",
      showChanges: "إظهار التغييرات",
      hideChanges: "إخفاء التغييرات",
    },
  },
  palette: {
    open: "البحث / الانتقال إلى…",
    shortcut: "Ctrl K",
    label: "البحث في الصفحات والجهات والعمليات",
    placeholder: "اكتب اسم صفحة أو جهة أو عملية…",
    sections: { pages: "الصفحات", agencies: "الجهات", operations: "العمليات" },
    empty: "لا توجد نتائج",
    hint: "↑↓ للاختيار، Enter للفتح، Esc للإغلاق",
  },
};

import type { Translation } from "./en";
import type { a11yMessages } from "./en-a11y";

/** العربية: إمكانية الوصول (`a11y.*`) ولوحة الأوامر (`palette.*`)، على غرار en-a11y.ts. */
export const a11yMessagesAr: Translation<typeof a11yMessages> = {
  a11y: {
    chart: {
      viewTable: "العرض في جدول",
      tableCaption: "{{title}}: أرقام الرسم البياني",
      filterBy: "التصفية حسب {{value}}",
      summary: "{{title}}: من {{first}} إلى {{last}}؛ الأعلى {{top}} بقيمة {{value}}؛ المجموع {{total}}.",
      summaryEmpty: "{{title}}: لا توجد أرقام.",
    },
    actions: {
      view: "عرض {{name}}",
      edit: "تعديل {{name}}",
      delete: "حذف {{name}}",
    },
    filters: {
      years: "السنوات",
      yearFrom: "من سنة",
      yearTo: "إلى سنة",
      period: "الفترة",
      region: "منطقة الإنتربول",
      country: "البلد المشارك",
      crimeAreas: "مجالات الجريمة",
      channels: "القنوات",
    },
    map: "خريطة العالم للجهات الداعمة حسب البلد",
    pagination: "صفحات القائمة",
  },
  palette: {
    open: "البحث / الانتقال إلى…",
    shortcut: "Ctrl K",
    label: "البحث في الصفحات والجهات والعمليات",
    placeholder: "اكتب اسم صفحة أو جهة أو عملية…",
    sections: { pages: "الصفحات", agencies: "الجهات", operations: "العمليات" },
    searching: "جارٍ البحث…",
    empty: "لا توجد نتائج",
    hint: "↑↓ للاختيار، Enter للفتح، Esc للإغلاق",
  },
};

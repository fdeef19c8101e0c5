import type { Messages, Translation } from "./en";

/**
 * Arabic for `imports.*` and `outcomes.*` (mirrors en-outcomes.ts). Coverage lines count the
 * operations a figure is out of ({{total}} or {{operations}}), so their noun agrees with that number.
 */

export const imports: Translation<Omit<Messages["imports"], "unresolved" | "changes">> = {
  imports: "الاستيراد",
  titles: { list: "استيراد العمليات" },
  intro:
    "أضف عمليات أو حدّثها من جدول بيانات. تُطابَق الصفوف حسب اسم العملية وسنة النسخة: يُحدَّث الزوج المعروف، ويُنشأ الجديد. لا يتغير شيء حتى تضغط على «استيراد».",
  // No ".csv": a leading dot beside Arabic text is drawn on the wrong side of the word.
  limit: "ملف CSV (امتداده csv) لا يتجاوز حجمه {{limit}}، ويطابق سطره الأول تمامًا ما يلي:",
  drop: "انقر هنا أو اسحب ملف CSV وأفلته هنا",
  chosen: "{{name}} ({{size}})",
  fileErrors: {
    notCsv: "«{{name}}» ليس ملف CSV.",
    tooLarge: "حجم «{{name}}» هو {{size}}، والحد الأقصى {{limit}}.",
    empty: "«{{name}}» فارغ.",
  },
  preview: "معاينة",
  commit: "استيراد",
  commitHint: "يصبح الاستيراد ممكنًا عندما لا تُظهر المعاينة أي أخطاء.",
  phases: {
    upload: "جارٍ الرفع",
    parse: "جارٍ قراءة الملف",
    validate: "جارٍ فحص الصفوف",
    commit: "جارٍ الكتابة",
  },
  progress: "{{phase}}: {{done}} من {{total}}",
  counts: {
    total: "الصفوف",
    create: "للإنشاء",
    update: "للتحديث",
    unchanged: "دون تغيير",
    rejected: "مرفوضة",
    created: "مُنشأة",
    updated: "محدَّثة",
  },
  actions: { create: "إنشاء", update: "تحديث", unchanged: "دون تغيير" },
  rows: {
    title: "الصفوف",
    line: "الصف",
    name: "العملية",
    editionYear: "سنة النسخة",
    action: "الإجراء",
    changes: "ما سيتغير",
  },
  errors: {
    title: "الأخطاء",
    line: "الصف",
    column: "العمود",
    message: "المشكلة",
    summary: "الأخطاء: {{count}} · الصفوف المرفوضة: {{rows}}",
    hint: "صحّح هذه الصفوف في الملف ثم عاينه من جديد. لم يُستورد أي شيء.",
    more: "… وأخطاء أخرى غير مدرجة عددها {{count}}: لا يُعرض إلا أول {{shown}} منها. صحّح هذه الأخطاء ثم عاين الملف من جديد لرؤية الباقي.",
  },
  fileError: "لا يمكن استيراد هذا الملف",
  rejected: "رُفض الاستيراد: لم يتغير شيء.",
  failed: "تعذّر إكمال الاستيراد",
  result: {
    title: "اكتمل الاستيراد",
    description: "أُنشئ: {{created}}، حُدّث: {{updated}}، دون تغيير: {{unchanged}}.",
    open: "فتح قائمة العمليات",
  },
  history: {
    title: "سجل الاستيراد",
    at: "الوقت",
    user: "بواسطة",
    file: "الملف",
    status: "الحالة",
    statuses: { running: "قيد التنفيذ", committed: "تم الاستيراد", rejected: "مرفوض", failed: "فشل" },
  },
  forbidden: "استيراد العمليات يتطلب دور الموظف.",
};

const figures: Translation<Messages["outcomes"]["figures"]> = {
  raids: "المداهمات",
  arrests: "التوقيفات",
  underInvestigation: "قيد التحقيق",
  seizedValueUsd: "قيمة المضبوطات (دولار أمريكي)",
};

const notReported = "لم تُبلغ أي عملية عن هذا الرقم ضمن عوامل التصفية هذه.";

export const outcomes: Translation<Messages["outcomes"]> = {
  outcomes: "النتائج",
  titles: { list: "نتائج العمليات" },
  intro:
    "النتائج المنشورة لعمليات الإنتربول. لا تُحتسب الأرقام غير المعروفة صفرًا أبدًا: كل مجموع يبيّن عدد العمليات التي أبلغت عنه.",
  figures,
  filters: {
    years: "السنوات (تاريخ الإعلان)",
    from: "من",
    to: "إلى",
    region: "منطقة الإنتربول",
    anyRegion: "أي منطقة",
    country: "البلد المشارك",
    anyCountry: "أي بلد",
    crimeAreas: "مجالات الإجرام",
    anyCrimeArea: "كل مجالات الإجرام",
  },
  kpis: {
    operations: "العمليات",
    operationsHint: "العمليات المطابقة لعوامل التصفية، حسب سنة الإعلان",
    arrests: "التوقيفات",
    underInvestigation: "الأشخاص قيد التحقيق",
    seizedValueUsd: "قيمة المضبوطات",
    countries: "البلدان المشاركة",
    // With no operation at all nothing can have reported it: {{reported}} is 0 and goes unsaid.
    reported_zero: "لا عمليات تُبلغ عنه",
    reported_one: "أُبلغ عنه في {{reported}} من أصل عملية واحدة",
    reported_two: "أُبلغ عنه في {{reported}} من أصل عمليتين",
    reported_few: "أُبلغ عنه في {{reported}} من أصل {{total}} عمليات",
    reported_many: "أُبلغ عنه في {{reported}} من أصل {{total}} عمليةً",
    reported_other: "أُبلغ عنه في {{reported}} من أصل {{total}} عملية",
    listed_zero: "لا عمليات تذكرها",
    listed_one: "مذكورة في {{reported}} من أصل عملية واحدة",
    listed_two: "مذكورة في {{reported}} من أصل عمليتين",
    listed_few: "مذكورة في {{reported}} من أصل {{total}} عمليات",
    listed_many: "مذكورة في {{reported}} من أصل {{total}} عمليةً",
    listed_other: "مذكورة في {{reported}} من أصل {{total}} عملية",
    countriesHint: "بلدان دون تكرار: يُحتسب البلد الذي شارك في عدة عمليات مرة واحدة.",
  },
  figure: "المؤشر",
  byYear: {
    title: "النتائج سنويًا، حسب مجال الإجرام",
    hint: "انقر على عمود لتصفية الصفحة حسب مجال الإجرام الخاص به.",
    xAxis: "سنة الإعلان",
    empty: notReported,
    reported: "{{value}} (أُبلغ عنه في {{reported}} من أصل {{operations}})",
    toDate: "{{year}} (حتى اليوم)",
    partialNote: "سنة {{year}} محتسبة حتى اليوم: عمودها لا يمثل سنة كاملة.",
    unknown_zero: "لم تنشره أي عملية",
    unknown_one: "لم تنشره العملية المعنية",
    unknown_two: "لم تنشره العمليتان المعنيتان",
    unknown_few: "لم تنشره العمليات المعنية ({{operations}} عمليات)",
    unknown_many: "لم تنشره العمليات المعنية ({{operations}} عمليةً)",
    unknown_other: "لم تنشره العمليات المعنية ({{operations}} عملية)",
    note: "تُحتسب العمليات في سنة الإعلان عنها، كما في النظرة العامة؛ ولا تجمع الأعمدة إلا العمليات التي نشرت الرقم.",
  },
  byCrimeArea: {
    title: "قيمة المضبوطات حسب مجال الإجرام",
    hint: "انقر على عمود لتصفية الصفحة حسب مجال الإجرام الخاص به.",
    empty: "لم تُنشر أي قيمة للمضبوطات ضمن عوامل التصفية هذه.",
    reported_zero: "لا عمليات تُبلغ عنه",
    reported_one: "أُبلغ عنه في {{reported}} من أصل عملية واحدة",
    reported_two: "أُبلغ عنه في {{reported}} من أصل عمليتين",
    reported_few: "أُبلغ عنه في {{reported}} من أصل {{operations}} عمليات",
    reported_many: "أُبلغ عنه في {{reported}} من أصل {{operations}} عمليةً",
    reported_other: "أُبلغ عنه في {{reported}} من أصل {{operations}} عملية",
    none: "لم تُنشر قيمة للمضبوطات في: {{areas}}.",
  },
  top: {
    title: "أبرز العمليات",
    rank: "#",
    name: "العملية",
    year: "النسخة",
    crimeArea: "مجال الإجرام",
    empty: notReported,
  },
  viewOperations: "عرض العمليات",
  error: "تعذّر تحميل الأرقام.",
};

import type { Messages, Translation } from "./en";

/**
 * Arabic for `operations.*` (mirrors en-operations.ts), in INTERPOL's Arabic terms: مجالات الإجرام
 * (crime areas), توقيفات (arrests), مضبوطات (what was seized) and ضبطية (one itemised seizure).
 */

type Operations = Messages["operations"];

const crimeAreas: Translation<Operations["crimeAreas"]> = {
  "illicit goods/counterfeiting": "السلع غير المشروعة / التزييف",
  pharmaceuticals: "المستحضرات الصيدلانية",
  food: "الأغذية",
  "wildlife/environment": "الأحياء البرية / البيئة",
  drugs: "المخدرات",
  firearms: "الأسلحة النارية",
  "financial crime/fraud": "الجرائم المالية / الاحتيال",
  cybercrime: "الجريمة السيبرانية",
  "human trafficking": "الاتجار بالبشر",
};

const reliabilityMeaning: Translation<Operations["reliabilityMeaning"]> = {
  A: "مصدر رسمي: بيان صحفي للإنتربول أو سلطة وطنية",
  B: "مصدر ثانوي موثوق: خبر وكالة أنباء أو صحافة متخصصة",
  C: "مصدر ضعيف: تعامل مع الأرقام بحذر",
};

const seizureCategories: Translation<Operations["seizureCategories"]> = {
  counterfeit_goods: "سلع مزيفة",
  cigarettes: "سجائر",
  medicines: "أدوية",
  food: "أغذية",
  wildlife: "أحياء برية",
  timber: "أخشاب",
  firearms: "أسلحة نارية",
  drugs: "مخدرات",
  cash: "نقود",
  other: "أخرى",
};

const monthFormat = "أدخل الشهر بالصيغة YYYY-MM";

export const operations: Translation<Operations> = {
  operations: "العمليات",
  titles: { list: "العمليات", create: "إضافة عملية", edit: "تعديل عملية", show: "عملية" },
  notPublished: "غير منشور",
  crimeAreas,
  reliabilityMeaning,
  seizureCategories,
  fields: {
    name: "العملية",
    editionYear: "سنة النسخة",
    operationDay: "تاريخ الاحتساب (اليوم)",
    announcedOn: "تاريخ الإعلان",
    year: "السنة",
    period: "الفترة",
    periodStart: "الشهر الأول",
    periodEnd: "الشهر الأخير",
    crimeArea: "مجال الإجرام",
    region: "المنطقة (كما نُشرت)",
    regionShort: "المنطقة",
    countriesCount: "البلدان",
    countryCodes: "البلدان المشاركة",
    countryCode: "البلد المشارك",
    countryRegion: "منطقة الإنتربول",
    summary: "الملخص",
    raids: "المداهمات",
    arrests: "التوقيفات",
    underInvestigation: "قيد التحقيق",
    seizedValueUsd: "المضبوطات (دولار أمريكي)",
    seizureDescription: "ما ضُبط",
    sourceTitle: "المصدر",
    sourceLabel: "المصدر:",
    sourceUrl: "رابط المصدر",
    reliability: "الموثوقية",
    grade: "الدرجة",
    caveats: "تحفظات",
    createdBy: "أُنشئ بواسطة",
    createdAt: "تاريخ الإنشاء",
    updatedBy: "حُدّث بواسطة",
    updatedAt: "تاريخ التحديث",
    version: "الإصدار",
    actions: "الإجراءات",
  },
  // Shown after a number ("185 …") without plural forms: «من» ("of the …") agrees with any number.
  units: {
    raids: "من المداهمات / عمليات التفتيش",
    arrests: "من الأشخاص الموقوفين",
    underInvestigation: "من الأشخاص قيد التحقيق",
    seizedValueUsd: "القيمة الاسمية كما نُشرت",
    countriesCount: "من البلدان",
  },
  placeholders: {
    name: "مثال: عملية Jupiter VI",
    editionYear: "مثال: 2014",
    month: "YYYY-MM",
    crimeArea: "اختر مجال إجرام",
    region: "مثال: أمريكا الجنوبية، عالمي",
    countryCodes: "ابحث عن بلدان",
    figure: "غير معروف",
    summary: "ما استهدفته العملية، في بضع جمل",
    seizureDescription: "ما ضُبط كما يصفه المصدر (بما في ذلك المبالغ بغير الدولار الأمريكي)",
    sourceTitle: "عنوان البيان الصحفي أو المقال",
    // A URL ending in "://…" would have its punctuation drawn on the wrong side in a right-to-left field.
    sourceUrl: "https://example.org",
    reliability: "اختر درجة",
    caveats: "القيود التي فقدتها الأرقام («أكثر من»، «قرابة»)، والأعداد المجمّعة، والمصادر المتضاربة",
  },
  help: {
    figures: "اترك الرقم فارغًا إذا لم يذكره المصدر: الفارغ يعني غير معروف، لا صفرًا.",
    raids: "المداهمات أو التدخلات أو عمليات التفتيش، بحسب صياغة المصدر.",
    periodEnd: "فقط للعمليات التي امتدت على عدة أشهر.",
    countriesCount: "كما ذكره المصدر؛ وقد يزيد على عدد البلدان المدرجة.",
  },
  filters: {
    name: "البحث بالاسم",
    crimeArea: "أي مجال إجرام",
    yearFrom: "من",
    yearTo: "إلى",
    region: "أي منطقة",
    country: "أي بلد",
    reliability: "أي درجة",
    isSet: "{{field}}: منشور",
    generic: "{{field}} {{operator}} {{value}}",
    other: "عامل تصفية مركّب",
  },
  import: "استيراد CSV",
  sections: {
    figures: "النتائج المنشورة",
    details: "العملية",
    countries: "البلدان المشاركة",
    seizures: "المضبوطات مفصّلة",
    audit: "سجل التعديلات",
  },
  reliability: {
    label: "الموثوقية {{grade}}",
    none: "بلا درجة",
  },
  caveat: {
    title: "اقرأ هذه الأرقام مع التحفظ المرتبط بها",
    none: "لا يوجد تحفظ مسجَّل على هذه الأرقام.",
  },
  countries: {
    stated_zero: "لا بلدان وفقًا للمصدر",
    stated_one: "بلد واحد وفقًا للمصدر",
    // «بلدان» alone would also read as the plural (بُلدان): the numeral makes the dual unambiguous.
    stated_two: "بلدان اثنان وفقًا للمصدر",
    stated_few: "{{count}} بلدان وفقًا للمصدر",
    stated_many: "{{count}} بلدًا وفقًا للمصدر",
    stated_other: "{{count}} بلد وفقًا للمصدر",
    listed: "ذُكر منها بالاسم {{listed}} من أصل {{count}}",
    none: "لا يذكر المصدر أسماء البلدان المشاركة.",
  },
  seizures: {
    add: "إضافة ضبطية",
    title: "إضافة ضبطية",
    empty: "لا ضبطيات مفصّلة",
    category: "الفئة",
    description: "الوصف",
    quantity: "الكمية",
    unit: "الوحدة",
    valueUsd: "القيمة (دولار أمريكي)",
    country: "البلد",
    placeholders: {
      category: "اختر فئة",
      description: "مثال: ساعات مزيفة",
      unit: "مثال: قطع، كغ، لترات",
      country: "مكان الضبط",
    },
    added: "أُضيفت الضبطية",
    deleteConfirm: "حذف هذه الضبطية؟",
  },
  conflict: {
    title: "عدّل شخص آخر هذه العملية",
    description: "حفظها مستخدم آخر بعد أن فتحتها. أعد التحميل لرؤية تغييراته، ثم أدخل تغييراتك من جديد.",
  },
  crimeAreaAdd: {
    button: "إضافة مجال إجرام",
    title: "إضافة مجال إجرام",
    code: "مجال الإجرام",
    help: "بأحرف لاتينية صغيرة، كما سيكتبه استيراد CSV، مثال: maritime piracy.",
  },
  created: "أُضيفت العملية",
  saved: "تم حفظ التغييرات",
  validation: {
    name: {
      invalid_type: "أدخل اسم العملية",
      too_small: "أدخل اسم العملية",
      too_big: "200 حرف كحد أقصى",
    },
    editionYear: {
      invalid_type: "أدخل السنة رقمًا",
      too_small: "يجب أن تكون السنة 1990 أو بعدها",
      too_big: "يجب أن تكون السنة 2100 أو قبلها",
    },
    periodStart: { invalid_format: monthFormat, custom: "حدّد الشهر الأول من الفترة" },
    periodEnd: { invalid_format: monthFormat, custom: "تنتهي الفترة قبل أن تبدأ" },
    crimeArea: { invalid_type: "اختر مجال إجرام", too_small: "اختر مجال إجرام" },
    countriesCount: { too_small: "لا يمكن أن يكون سالبًا" },
    sourceUrl: { invalid_format: "استخدم عنوانًا كاملًا يبدأ بـ http أو https" },
    category: { invalid_type: "اختر فئة", invalid_value: "اختر فئة" },
    quantity: { too_small: "لا يمكن أن تكون الكمية سالبة" },
    code: {
      too_small: "حرفان على الأقل",
      invalid_format: "أحرف لاتينية صغيرة ومسافات و / و & و - فقط",
    },
  },
};

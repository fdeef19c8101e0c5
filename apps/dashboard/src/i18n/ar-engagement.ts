import type { Messages, Translation } from "./en";

/**
 * Arabic for `engagement.*` and `engagement-import.*` (mirrors en-engagement.ts). Granularities are
 * nouns (يوم، أسبوع، شهر) because they are also inserted after «لكل» ("per").
 */

const metrics: Translation<Messages["engagement"]["metrics"]> = {
  impressions: "مرات الظهور",
  reach: "الوصول",
  engagements: "التفاعلات",
  shares: "المشاركات",
  videoViews: "مشاهدات الفيديو",
  newFollowers: "المتابعون الجدد",
  hashtagMentions: "إشارات الوسم",
  siteVisits: "زيارات الموقع",
  engagementRate: "معدل التفاعل",
};

export const engagement: Translation<Messages["engagement"]> = {
  engagement: "التفاعل",
  titles: { list: "التفاعل مع الحملة" },
  intro:
    "أرقام جمهور قنوات الحملة عبر الزمن، مع إعلانات العمليات على المخطط الزمني. لا تُحتسب الأرقام غير المعروفة صفرًا أبدًا.",
  metrics,
  granularities: { auto: "تلقائي", day: "يوم", week: "أسبوع", month: "شهر" },
  granularityPlural: { day: "أيام", week: "أسابيع", month: "أشهر" },
  filters: {
    period: "الفترة",
    presets: {
      "30d": "آخر 30 يومًا",
      "90d": "آخر 90 يومًا",
      "12m": "آخر 12 شهرًا",
      launch: "منذ الإطلاق",
    },
    from: "تاريخ البداية",
    to: "تاريخ النهاية",
    channels: "القنوات",
    allChannels: "كل القنوات",
    country: "البلد",
    anyCountry: "كل البلدان",
    countryHint:
      "عند اختيار بلد، تقتصر الأرقام على صفوف ذلك البلد: في بيانات العيّنة، تتوفر لـ X و Facebook أرقام مفصّلة حسب البلد لكل من US و GB و FR و IN و PH و ZA و BR و NA.",
    granularity: "الدقة الزمنية",
    shown: "العرض لكل {{granularity}}",
    auto: "اختيرت تلقائيًا وفق الفترة",
    coarsened:
      "العرض لكل {{requested}} يعطي أكثر من {{max}} نقطة لكل قناة في هذه الفترة، لذا تعرض المخططات القيم مجمّعة في {{granularity}}.",
  },
  sample: {
    tag: "عيّنة",
    tagHint: "بيانات عيّنة مولَّدة، وليست أرقامًا حقيقية",
    title: "بيانات عيّنة",
    description:
      "لم تُنشر قط أي أرقام عن جمهور حملة Turn Back Crime. التفاعل المعروض هنا بيانات عيّنة مولَّدة لأغراض العرض التوضيحي فقط؛ أما الأرقام الحقيقية فتُدخَل عبر استيراد بيانات التفاعل.",
    partly: "جزء من هذا العرض حقيقي: أرقام مستوردة لـ {{real}}. ولا تزال بيانات عيّنة مولَّدة: {{sample}}.",
    import: "استيراد أرقام حقيقية",
  },
  kpis: {
    impressions: "مرات الظهور",
    engagements: "التفاعلات",
    engagementRate: "معدل التفاعل",
    engagementRateHint: "التفاعلات مقسومة على مرات الظهور في الصفوف التي أبلغت عن تفاعلات",
    videoViews: "مشاهدات الفيديو",
    newFollowers: "المتابعون الجدد",
    hashtagMentions: "إشارات الوسم",
    siteVisits: "زيارات الموقع",
    unknown: "لم يُبلغ أي صف في هذا العرض عن هذا الرقم",
  },
  timeline: {
    title: "عبر الزمن، حسب القناة",
    subtitle: "{{metric}} لكل {{granularity}}، خط واحد لكل قناة",
    metric: "المقياس",
    markers: "إعلانات العمليات",
    markersHint: "تشير الخطوط المتقطعة إلى إعلانات العمليات؛ انقر على علم لفتح العملية.",
    markerCount_zero: "لم يُعلَن عن أي عملية",
    markerCount_one: "أُعلن عن عملية واحدة",
    markerCount_two: "أُعلن عن عمليتين",
    markerCount_few: "أُعلن عن {{count}} عمليات",
    markerCount_many: "أُعلن عن {{count}} عمليةً",
    markerCount_other: "أُعلن عن {{count}} عملية",
    openOperation: "فتح {{name}}",
    empty: "لا أرقام لهذا المقياس في هذه الفترة.",
    dataEnds: "لا أرقام بعد {{date}} في هذه الفترة.",
    weekOf: "أسبوع {{date}}",
    close: "إغلاق",
    noValue: "لم يُبلَّغ عنه",
    toDate: "حتى اليوم",
    partial: "جزئي",
    // "of" is 7 or a month's length: a counted noun would change form between them.
    partialDays: "جزئي: عدد الأيام {{days}} من أصل {{of}}",
    partialNote: "الفترات الجزئية (حتى اليوم) مميَّزة وغير موصولة بالخطوط؛ راجع ملف CSV.",
  },
  rate: {
    title: "معدل التفاعل",
    empty: "لم تُبلغ أي قناة عن تفاعلات ومرات ظهور في هذه الفترة.",
    note: "لكل قناة وفترة: التفاعلات ÷ مرات الظهور، من المجاميع (وليس متوسط المعدلات اليومية).",
  },
  share: {
    title: "حصة مرات الظهور",
    empty: "لا مرات ظهور في هذه الفترة.",
    total: "المجموع",
  },
  hashtags: {
    title: "إشارات الوسم",
    empty: "لم يُبلَّغ عن أي إشارة للوسم في هذه الفترة.",
  },
  posts: {
    title: "أبرز المنشورات",
    hint: "يجري الترتيب على الخادم: انقر على عمود للترتيب حسبه. الفترة والقنوات كما في الأعلى.",
    noCountry: "المنشورات غير مرتبطة ببلد: لا ينطبق عليها عامل تصفية البلد.",
    fields: {
      postedAt: "تاريخ النشر",
      channel: "القناة",
      text: "المنشور",
      operation: "العملية",
      impressions: "مرات الظهور",
      engagements: "التفاعلات",
      shares: "المشاركات",
      videoViews: "مشاهدات الفيديو",
      source: "البيانات",
    },
    real: "مستوردة",
    export: "تصدير CSV",
    empty: "لا منشورات في هذه الفترة.",
  },
  error: "تعذّر تحميل الأرقام.",
  import: "استيراد",
  caption: {
    period: "الفترة: {{range}}",
    periodPreset: "الفترة: {{range}} ({{preset}})",
    granularity: "الدقة الزمنية: {{granularity}}",
    granularityAuto: "الدقة الزمنية: {{granularity}} (تلقائية)",
    granularityCoarsened:
      "الدقة الزمنية: {{granularity}} (العرض لكل {{requested}} يعطي نقاطًا أكثر من اللازم)",
    channels: "القنوات: {{value}}",
    country: "البلد: {{value}}",
  },
  sources: {
    sample: "بيانات عيّنة مولَّدة (لم تُنشر أي أرقام عن الجمهور)",
    imported: "بيانات مستوردة من صادرات القنوات",
  },
  csv: {
    bucket: { day: "اليوم", week: "الأسبوع (يبدأ يوم الاثنين)", month: "الشهر (اليوم الأول)" },
    percent: "{{channel}} (%)",
    channel: "القناة",
    impressions: "مرات الظهور",
    share: "الحصة (%)",
    partial: "جزئي",
  },
};

export const engagementImport: Translation<Messages["engagement-import"]> = {
  "engagement-import": "استيراد التفاعل",
  titles: { list: "استيراد أرقام التفاعل" },
  intro:
    "أضف أرقام تفاعل حقيقية أو حدّثها من جدول بيانات: مقاييس يومية لكل قناة (ولكل بلد اختياريًا)، أو منشورات. تحلّ الأرقام اليومية الحقيقية محل بيانات العيّنة المولَّدة لقناتها في الأيام التي يغطيها الملف. لا يتغير شيء حتى تضغط على «استيراد».",
  // No ".csv": a leading dot beside Arabic text is drawn on the wrong side of the word.
  limit: "ملف CSV (امتداده csv) لا يتجاوز حجمه {{limit}}، ويطابق سطره الأول تمامًا أحد السطرين التاليين:",
  headers: { daily: "المقاييس اليومية", posts: "المنشورات" },
  rowName: "الصف (اليوم · القناة · البلد، أو الوقت · القناة)",
  forbidden: "استيراد أرقام التفاعل يتطلب دور الموظف.",
  open: "فتح صفحة التفاعل",
};

export const engagementDocumentTitles: Translation<
  Pick<Messages["documentTitle"], "engagement" | "engagement-import">
> = {
  engagement: { list: "التفاعل | Turn Back Crime" },
  "engagement-import": { list: "استيراد التفاعل | Turn Back Crime" },
};

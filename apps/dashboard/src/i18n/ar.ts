import { account, adminDocumentTitles, audit, history, pages, session, sessions, users } from "./ar-admin";
import { byCountry } from "./ar-by-country";
import { engagement, engagementDocumentTitles, engagementImport } from "./ar-engagement";
import { features } from "./ar-features";
import { agencyDuplicate, aliasDocumentTitles, aliases, importNames } from "./ar-names";
import { operations } from "./ar-operations";
import { imports, outcomes } from "./ar-outcomes";
import { chartExport, overview, report } from "./ar-overview";
import type { Messages, Translation } from "./en";

/**
 * Modern Standard Arabic, with the same shape as en.ts. Counts take Arabic's six plural forms
 * (`_zero _one _two _few _many _other`, as Intl.PluralRules("ar") picks them): the dual, the plural
 * for 3–10, the accusative singular for 11–99 and the genitive singular for hundreds. Where English
 * inserts a number without plural forms, the Arabic is worded so that no noun has to agree with it.
 * INTERPOL is written الإنتربول in sentences; Turn Back Crime and channel names stay in Latin script.
 */

const kinds: Translation<Messages["agencies"]["kinds"]> = {
  national_police: "الشرطة الوطنية",
  investigation_agency: "جهاز تحقيق",
  customs: "الجمارك",
  coast_guard: "خفر السواحل",
  border_police: "شرطة الحدود",
  gendarmerie: "الدرك",
  interpol_ncb: "المكتب المركزي الوطني للإنتربول",
  prosecution: "النيابة العامة",
  regional_body: "هيئة إقليمية",
  other: "أخرى",
};

// Feminine: they describe a جهة (agency).
const statuses: Translation<Messages["agencies"]["statuses"]> = {
  pending: "بانتظار الاعتماد",
  active: "نشطة",
  withdrawn: "منسحبة",
};

const regions: Translation<Messages["regions"]> = {
  Africa: "أفريقيا",
  Americas: "الأمريكتان",
  "Asia & South Pacific": "آسيا وجنوب المحيط الهادئ",
  Europe: "أوروبا",
  "Middle East & North Africa": "الشرق الأوسط وشمال أفريقيا",
  none: "بلا منطقة",
};

const roles: Translation<Messages["roles"]> = {
  viewer: "مُشاهد",
  staff: "موظف",
  manager: "مدير",
  admin: "مسؤول النظام",
};

const brand = "Turn Back Crime";
const titled = (page: string) => `${page} | ${brand}`;
const urlFormat = "استخدم عنوانًا كاملًا يبدأ بـ http أو https";

export const ar: Translation = {
  app: { title: brand, subtitle: "تحليلات الحملة" },
  loading: "جارٍ التحميل…",
  common: { none: "—" },
  ...pages,
  filters: { remove: "إزالة عامل التصفية {{filter}}" },
  roles,
  regions,

  buttons: {
    create: "إنشاء",
    save: "حفظ",
    logout: "تسجيل الخروج",
    delete: "حذف",
    edit: "تعديل",
    cancel: "إلغاء",
    confirm: "هل أنت متأكد؟",
    filter: "تصفية",
    clear: "مسح",
    refresh: "تحديث",
    show: "عرض",
    list: "القائمة",
    clone: "استنساخ",
    import: "استيراد",
    export: "تصدير",
    undo: "تراجع",
    approve: "اعتماد",
    reload: "إعادة التحميل",
    notAccessTitle: "ليست لديك صلاحية القيام بذلك",
  },
  actions: { list: "القائمة", create: "تسجيل", edit: "تعديل", show: "التفاصيل", clone: "استنساخ" },
  notifications: {
    success: "تم بنجاح",
    error: "خطأ (رمز الحالة: {{statusCode}})",
    // {{seconds}} has no plural forms: «ثانية» would have to agree with it.
    undoable: "الوقت المتبقي للتراجع بالثواني: {{seconds}}",
    createSuccess: "تم الإنشاء بنجاح",
    createError: "تعذّر الإنشاء (رمز الحالة: {{statusCode}})",
    deleteSuccess: "تم الحذف بنجاح",
    deleteError: "تعذّر الحذف (رمز الحالة: {{statusCode}})",
    editSuccess: "تم الحفظ بنجاح",
    editError: "تعذّر الحفظ (رمز الحالة: {{statusCode}})",
    importProgress: "جارٍ الاستيراد: {{processed}}/{{total}}",
    forbidden: "دورك لا يسمح بذلك.",
    signedOut: "انتهت جلستك. يُرجى تسجيل الدخول مجددًا.",
    network: "تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.",
    internal: "حدث خطأ في الخادم، وقد سُجّل الخطأ.",
  },
  warnWhenUnsavedChanges: "هل تريد المغادرة فعلًا؟ لديك تغييرات غير محفوظة.",
  autoSave: {
    idle: "بانتظار التغييرات",
    loading: "جارٍ الحفظ…",
    success: "تم الحفظ",
    error: "فشل الحفظ التلقائي",
  },

  documentTitle: {
    default: brand,
    suffix: ` | ${brand}`,
    login: titled("تسجيل الدخول"),
    notFound: titled("الصفحة غير موجودة"),
    agencies: {
      list: titled("الجهات"),
      create: titled("تسجيل جهة"),
      edit: titled("تعديل الجهة رقم {{id}}"),
      show: titled("الجهة رقم {{id}}"),
    },
    "agencies-by-country": { list: titled("الجهات حسب البلد") },
    operations: {
      list: titled("العمليات"),
      create: titled("إضافة عملية"),
      edit: titled("تعديل العملية رقم {{id}}"),
      show: titled("العملية رقم {{id}}"),
    },
    imports: { list: titled("استيراد العمليات") },
    outcomes: { list: titled("النتائج") },
    ...engagementDocumentTitles,
    overview: overview.documentTitle,
    ...adminDocumentTitles,
    ...aliasDocumentTitles,
  },

  pages: {
    login: {
      title: `تسجيل الدخول إلى ${brand}`,
      subtitle: `تحليلات الحملة لشركاء الإنتربول في حملة ${brand}`,
      signin: "تسجيل الدخول",
      fields: { email: "البريد الإلكتروني", password: "كلمة المرور" },
      validation: { email: "أدخل عنوان بريد إلكتروني صحيحًا", password: "أدخل كلمة المرور" },
      errors: {
        title: "فشل تسجيل الدخول",
        invalid: "البريد الإلكتروني أو كلمة المرور غير صحيحة",
        format: "تحقّق من البريد الإلكتروني وكلمة المرور",
        unavailable: "تعذّر الوصول إلى الخادم. حاول مرة أخرى بعد قليل.",
      },
      demo: {
        title: "حسابات تجريبية",
        description: "هذا عرض تجريبي: سجّل الدخول بأحد هذه الحسابات. كلمة المرور: {{password}}",
        use: "استخدام {{email}} ({{role}})",
      },
    },
    error: {
      title: "الصفحة غير موجودة",
      info: "الصفحة التي تبحث عنها غير موجودة.",
      backHome: "العودة إلى لوحة المعلومات",
    },
  },

  agencies: {
    agencies: "الجهات",
    titles: {
      list: "الجهات",
      create: "تسجيل جهة",
      edit: "تعديل جهة",
      show: "جهة",
    },
    kinds,
    statuses,
    fields: {
      name: "الاسم",
      acronym: "الاختصار",
      countryCode: "البلد",
      countryName: "البلد",
      region: "المنطقة",
      kind: "النوع",
      status: "الحالة",
      pledgedOn: "تاريخ التعهد",
      website: "الموقع الإلكتروني",
      socialHandle: "حساب التواصل الاجتماعي",
      notes: "ملاحظات",
      sourceUrl: "رابط المصدر",
      createdBy: "أُنشئ بواسطة",
      createdAt: "تاريخ الإنشاء",
      updatedBy: "حُدّث بواسطة",
      updatedAt: "تاريخ التحديث",
      version: "الإصدار",
      actions: "الإجراءات",
    },
    placeholders: {
      name: "مثال: شرطة الخيالة الملكية الكندية",
      acronym: "مثال: RCMP",
      countryCode: "ابحث عن بلد",
      kind: "اختر نوعًا",
      pledgedOn: "YYYY-MM-DD",
      // A URL ending in "://…" would have its punctuation drawn on the wrong side in a right-to-left field.
      website: "https://example.org",
      // The left-to-right mark keeps the @ before the name (an Arabic colon precedes it).
      socialHandle: "مثال: \u200e@INTERPOL_HQ",
      notes: "أي معلومة ينبغي أن يعرفها المراجعون",
      sourceUrl: "رابط الصفحة التي توثّق التعهد",
    },
    help: {
      countryCode: "اتركه فارغًا إذا كانت هيئة إقليمية تغطي عدة بلدان.",
      sourceUrl: "صفحة عامة توثّق دعم الجهة للحملة.",
    },
    filters: {
      name: "البحث بالاسم",
      country: "أي بلد",
      region: "أي منطقة",
      kind: "أي نوع",
      status: "أي حالة",
      isNone: "{{field}}: لا شيء",
      generic: "{{field}} {{operator}} {{value}}",
      other: "عامل تصفية مركّب",
    },
    noCountry: "لا بلد محدد (هيئة إقليمية)",
    sections: { details: "التفاصيل", audit: "سجل التعديلات" },
    duplicate: agencyDuplicate,
    notEditable: {
      title: "لا يمكنك تعديل هذه الجهة",
      description:
        "لا يعدّل الموظفون إلا الجهات التي سجّلوها بأنفسهم وما زالت بانتظار الاعتماد. يمكن لمدير تعديل هذه الجهة.",
    },
    conflict: {
      title: "عدّل شخص آخر هذه الجهة",
      description: "حفظها مستخدم آخر بعد أن فتحتها. أعد التحميل لرؤية تغييراته، ثم أدخل تغييراتك من جديد.",
    },
    approve: {
      confirm: "اعتماد هذه الجهة؟ ستُحتسب ضمن الجهات الداعمة النشطة.",
      success: "تم اعتماد الجهة",
      error: "تعذّر اعتماد الجهة",
    },
    created: "سُجّلت الجهة، وستبقى بانتظار الاعتماد حتى يعتمدها مدير.",
    saved: "تم حفظ التغييرات",
    validation: {
      name: {
        too_small: "أدخل اسم الجهة (حرفان على الأقل)",
        invalid_type: "أدخل اسم الجهة",
        too_big: "200 حرف كحد أقصى",
      },
      acronym: { too_big: "30 حرفًا كحد أقصى" },
      countryCode: { invalid_format: "اختر بلدًا من القائمة" },
      kind: { invalid_value: "اختر نوعًا", invalid_type: "اختر نوعًا" },
      pledgedOn: { invalid_format: "أدخل التاريخ بالصيغة YYYY-MM-DD", custom: "تاريخ غير موجود" },
      website: { invalid_format: urlFormat, too_big: "500 حرف كحد أقصى" },
      socialHandle: {
        invalid_format: "أحرف لاتينية وأرقام و _ و . فقط، ويجوز أن يبدأ بـ @",
        too_big: "100 حرف كحد أقصى",
      },
      notes: { too_big: "2000 حرف كحد أقصى" },
      sourceUrl: { invalid_format: urlFormat, too_big: "500 حرف كحد أقصى" },
    },
  },

  "agencies-by-country": byCountry,

  operations,
  imports: { ...imports, ...importNames },
  aliases,
  outcomes,
  engagement,
  "engagement-import": engagementImport,
  overview,
  chartExport,
  report,
  users,
  audit,
  account,
  history,
  sessions,
  session,
  ...features,
};

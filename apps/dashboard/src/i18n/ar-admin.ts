import type { Messages, Translation } from "./en";

/**
 * Arabic for the administration screens (mirrors en-admin.ts). Audit actions are verbal nouns
 * (إنشاء، تعديل…): they read as labels whatever the subject's gender or number.
 */

const actions: Translation<Messages["history"]["actions"]> = {
  create: "إنشاء",
  update: "تحديث",
  delete: "حذف",
  approve: "اعتماد",
  import: "استيراد",
  import_rejected: "رفض الاستيراد",
  export: "تصدير",
  login: "تسجيل الدخول",
  login_failed: "فشل تسجيل الدخول",
  logout: "تسجيل الخروج",
  password_change: "تغيير كلمة المرور",
  password_reset: "إعادة تعيين كلمة المرور",
  disable: "تعطيل",
  enable: "تفعيل",
  session_end: "إنهاء الجلسات",
  refused: "رفض",
};

export const history: Translation<Messages["history"]> = {
  title: "سجل التغييرات",
  actions,
  fields: { countryCode: "رمز البلد", importId: "الاستيراد" },
  system: "النظام",
  empty: "(فارغ)",
  to: "تغيّر إلى",
  noChanges: "لا تغييرات في الحقول",
  field: "{{field}}:",
  none: "لا توجد تغييرات مسجّلة بعد",
  error: "تعذّر تحميل السجل.",
};

const passwordHelp =
  "اتركها فارغة لتوليد كلمة مرور لمرة واحدة تُعرض مرة واحدة فقط، وإلا فاستخدم 12 حرفًا على الأقل.";

export const users: Translation<Messages["users"]> = {
  users: "المستخدمون",
  titles: { list: "المستخدمون", create: "إضافة مستخدم", edit: "تعديل مستخدم" },
  fields: {
    email: "البريد الإلكتروني",
    name: "الاسم",
    role: "الدور",
    status: "الحالة",
    disabledAt: "تاريخ التعطيل",
    lastSeenAt: "آخر ظهور",
    createdAt: "تاريخ الإنشاء",
    actions: "الإجراءات",
    passwordOptional: "كلمة المرور (اختيارية)",
  },
  statuses: { active: "نشط", disabled: "معطَّل" },
  filters: {
    searchLabel: "بحث",
    search: "البحث بالبريد الإلكتروني أو الاسم",
    role: "أي دور",
    status: "أي حالة",
  },
  never: "أبدًا",
  you: "أنت",
  forbidden: "إدارة المستخدمين مقصورة على مسؤولي النظام.",
  conflict: "عدّل شخص آخر هذا المستخدم بعد أن فتحته. أغلق النافذة وافتحها من جديد ثم حاول مرة أخرى.",
  create: {
    button: "إضافة مستخدم",
    success: "تمت إضافة {{email}}",
    passwordHelp,
  },
  edit: {
    success: "تم حفظ المستخدم",
    ownRole: "لا يمكنك تغيير دورك بنفسك: اطلب ذلك من مسؤول نظام آخر.",
  },
  disable: {
    button: "تعطيل",
    confirm: "تعطيل {{email}}؟",
    warning:
      "يؤدي هذا إلى إنهاء جلساته فورًا: يُسجَّل خروجه من كل الأجهزة ولا يمكنه تسجيل الدخول حتى يُعاد تفعيل حسابه.",
    success: "تم تعطيل {{email}} وإنهاء جلساته",
    self: "لا يمكنك تعطيل حسابك",
  },
  enable: {
    button: "تفعيل",
    confirm: "تفعيل {{email}}؟",
    warning: "سيتمكن من تسجيل الدخول مجددًا بكلمة مروره.",
    success: "تم تفعيل {{email}}",
  },
  reset: {
    button: "إعادة تعيين كلمة المرور",
    title: "إعادة تعيين كلمة مرور {{email}}",
    submit: "إعادة تعيين كلمة المرور",
    warning: "تتوقف كلمة مروره الحالية عن العمل وتنتهي جلساته فورًا.",
    newPassword: "كلمة المرور الجديدة (اختيارية)",
    help: passwordHelp,
    success: "أُعيد تعيين كلمة مرور {{email}} وانتهت جلساته",
  },
  oneTime: {
    title: "كلمة مرور لمرة واحدة للمستخدم {{email}}",
    warning: "انسخها الآن: فهي لا تُعرض إلا هذه المرة ولا يمكن عرضها مرة أخرى. سلّمها شخصيًا أو عبر قناة آمنة.",
    hint: "يسجّل الدخول بها، ثم ينبغي له تغييرها من صفحة «حسابي».",
    copy: "نسخ",
    copied: "تم النسخ",
    done: "لقد نسختها",
  },
  sessions: {
    button: "الجلسات",
    title: "جلسات {{email}}",
    end: "إنهاء",
    endConfirm: "إنهاء هذه الجلسة؟ سيُسجَّل خروج ذلك المتصفح فورًا.",
    endAll: "إنهاء كل الجلسات",
    endAllConfirm: "إنهاء كل جلسات هذا المستخدم؟ سيُسجَّل خروجه من كل الأجهزة فورًا.",
    ended_zero: "لم تُنهَ أي جلسة",
    ended_one: "أُنهيت جلسة واحدة",
    ended_two: "أُنهيت جلستان",
    ended_few: "أُنهيت {{count}} جلسات",
    ended_many: "أُنهيت {{count}} جلسةً",
    ended_other: "أُنهيت {{count}} جلسة",
  },
  validation: {
    email: { invalid_format: "أدخل عنوان بريد إلكتروني صحيحًا", too_big: "254 حرفًا كحد أقصى" },
    name: { too_small: "أدخل اسم الشخص", too_big: "200 حرف كحد أقصى" },
    role: { invalid_value: "اختر دورًا", invalid_type: "اختر دورًا" },
  },
};

export const sessions: Translation<Messages["sessions"]> = {
  fields: {
    device: "الجهاز",
    ip: "العنوان",
    createdAt: "وقت تسجيل الدخول",
    lastSeenAt: "آخر نشاط",
    expiresAt: "تاريخ الانتهاء",
  },
  thisDevice: "هذا الجهاز",
  unknown: "متصفح غير معروف",
  empty: "لا توجد جلسات نشطة",
};

export const account: Translation<Messages["account"]> = {
  account: "حسابي",
  link: "حسابي",
  titles: { list: "حسابي" },
  profile: { title: "الملف الشخصي" },
  password: {
    title: "تغيير كلمة المرور",
    current: "كلمة المرور الحالية",
    next: "كلمة المرور الجديدة",
    repeat: "أعد إدخال كلمة المرور الجديدة",
    // {{min}} stays out of a counted phrase: its noun would need a plural form of its own.
    help: "الحد الأدنى لعدد الأحرف: {{min}}؛ وتصلح لذلك بضع كلمات لا رابط بينها. تُرفض كلمات المرور الشائعة جدًا.",
    mismatch: "كلمتا المرور الجديدتان غير متطابقتين",
    submit: "تغيير كلمة المرور",
    changed: "تم تغيير كلمة المرور. سُجِّل خروجك من جلساتك الأخرى.",
  },
  sessions: {
    title: "الجلسات النشطة",
    hint: "حيث سجّلت الدخول",
    signOut: "تسجيل الخروج",
    confirm: "تسجيل الخروج من هذه الجلسة؟",
    ended: "تم تسجيل الخروج من الجلسة",
  },
  validation: {
    current: { too_small: "أدخل كلمة المرور الحالية", too_big: "طويلة جدًا" },
  },
};

export const audit: Translation<Messages["audit"]> = {
  audit: "سجل التدقيق",
  titles: { list: "سجل التدقيق" },
  forbidden: "قراءة سجل التدقيق مقصورة على مسؤولي النظام.",
  fields: {
    at: "الوقت",
    userEmail: "المستخدم",
    action: "الإجراء",
    entity: "الكيان",
    entityId: "السجل",
    ip: "العنوان",
    period: "الفترة",
  },
  filters: {
    user: "البريد الإلكتروني يحتوي على…",
    entity: "أي كيان",
    action: "أي إجراء",
    from: "من",
    to: "إلى",
  },
  entities: {
    agency: "جهة",
    operation: "عملية",
    seizure: "ضبطية",
    crime_area: "مجال إجرام",
    channel: "قناة",
    user: "مستخدم",
    session: "جلسة",
    import: "استيراد",
    agencies: "الجهات (تصدير)",
    operations: "العمليات (تصدير)",
    imports: "عمليات الاستيراد (تصدير)",
    posts: "المنشورات (تصدير)",
    procedure: "إجراء",
    audit: "سجل التدقيق (تصدير)",
  },
  csv: { userEmail: "البريد الإلكتروني للمستخدم", entityId: "معرّف السجل" },
};

export const session: Translation<Messages["session"]> = {
  tooManyTitle: "تم إيقاف تسجيل الدخول مؤقتًا",
};

export const adminDocumentTitles: Translation<
  Pick<Messages["documentTitle"], "users" | "audit" | "account">
> = {
  users: { list: "المستخدمون | Turn Back Crime" },
  audit: { list: "سجل التدقيق | Turn Back Crime" },
  account: { list: "حسابي | Turn Back Crime" },
};

const access: Translation<Messages["access"]> = {
  agencies: { create: "لا يمكنك تسجيل جهات (يلزم دور الموظف)." },
  operations: {
    create: "لا يمكنك إنشاء عمليات (يلزم دور الموظف).",
    edit: "لا يمكنك تعديل العمليات (يلزم دور الموظف).",
  },
};

/** "1–20 من 72": in a right-to-left line the range still reads from its first row. */
const table: Translation<Messages["table"]> = {
  range: "{{from}}–{{to}} من {{total}}",
};

export const pages = { access, table };

import type { Messages, Translation } from "./en";

export const byCountry: Translation<Messages["agencies-by-country"]> = {
  "agencies-by-country": "حسب البلد",
  titles: { list: "الجهات حسب البلد" },
  kpis: {
    active: "الجهات النشطة",
    registered: "المسجّلة (النشطة + بانتظار الاعتماد)",
    countries: "البلدان التي فيها جهة نشطة",
    regions: "المناطق المشمولة",
  },
  chart: {
    title: "الجهات حسب المنطقة",
    hint: "انقر على عمود لعرض جهات تلك المنطقة.",
    active: "نشطة",
    pending: "بانتظار الاعتماد",
    xAxis: "منطقة الإنتربول",
    yAxis: "الجهات",
    empty: "لا جهات بعد",
  },
  table: {
    title: "حسب البلد",
    hint: "انقر على صف لعرض جهات ذلك البلد.",
    country: "البلد",
    region: "المنطقة",
    active: "نشطة",
    total: "المجموع",
    totalHint: "الجهات النشطة والجهات التي بانتظار الاعتماد",
  },
};

/**
 * The channels of the scale data: the six of the reference list and, when the data asked for is
 * larger than six channels can hold (each has at most one row per country and day), language
 * accounts of the big networks ("x-es": X in Spanish), as a global campaign runs them.
 */
export type ScaleChannel = {
  code: string;
  /** Only for the added language accounts (the six are in the reference list already). */
  label: string | null;
  start: string;
  /** Impressions of an ordinary launch-year weekday. */
  base: number;
  growth: number;
  weekend: number;
  /** How much of the audience it reaches: orders which channels break out which countries first. */
  weight: number;
};

const BASE: ScaleChannel[] = [
  { code: "facebook", label: null, start: "2014-06-05", base: 25_000, growth: 0.3, weekend: 0.85, weight: 1 },
  { code: "x", label: null, start: "2014-06-05", base: 18_000, growth: 0.35, weekend: 0.72, weight: 0.9 },
  {
    code: "instagram",
    label: null,
    start: "2015-03-01",
    base: 6_000,
    growth: 0.6,
    weekend: 1.1,
    weight: 0.7,
  },
  { code: "youtube", label: null, start: "2014-06-05", base: 4_000, growth: 0.2, weekend: 1.05, weight: 0.5 },
  { code: "website", label: null, start: "2014-06-05", base: 3_000, growth: 0.1, weekend: 0.55, weight: 0.4 },
  { code: "press", label: null, start: "2014-06-05", base: 40_000, growth: 0, weekend: 0.4, weight: 0.15 },
];

const LANGUAGES: [string, string][] = [
  ["es", "Spanish"],
  ["fr", "French"],
  ["ar", "Arabic"],
  ["pt", "Portuguese"],
  ["ru", "Russian"],
  ["zh", "Chinese"],
  ["de", "German"],
  ["hi", "Hindi"],
  ["id", "Indonesian"],
  ["sw", "Swahili"],
  ["tr", "Turkish"],
  ["ja", "Japanese"],
];
const NETWORKS: [string, string, number][] = [
  ["x", "X", 18_000],
  ["facebook", "Facebook", 20_000],
  ["instagram", "Instagram", 6_000],
  ["youtube", "YouTube", 3_000],
];

/** The n-th channel: the six first, then language accounts opening a few months apart from 2015. */
export function scaleChannel(n: number): ScaleChannel {
  const base = BASE[n];
  if (base) return base;
  const k = n - BASE.length;
  const [lang, language] = LANGUAGES[k % LANGUAGES.length] as [string, string];
  const [network, label, size] = NETWORKS[Math.floor(k / LANGUAGES.length) % NETWORKS.length] as [
    string,
    string,
    number,
  ];
  const round = Math.floor(k / (LANGUAGES.length * NETWORKS.length));
  const opens = Date.UTC(2015, 0, 1) + (k % 24) * 45 * 86_400_000;
  return {
    code: `${network}-${lang}${round ? round + 1 : ""}`,
    label: `${label} (${language}, sample)`,
    start: new Date(opens).toISOString().slice(0, 10),
    base: Math.round(size * 0.3),
    growth: 0.4,
    weekend: 0.9,
    weight: 0.3 / (1 + k * 0.05),
  };
}

/**
 * Yearly rhythm: busier in autumn (the campaign's events and operations), quieter in August and
 * over the year-end holidays.
 */
export function season(day: string): number {
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  const doy = (month - 1) * 30.5 + date;
  let f = 1 + 0.15 * Math.cos((2 * Math.PI * (doy - 300)) / 365);
  if (month === 8) f *= 0.85;
  if ((month === 12 && date >= 20) || (month === 1 && date <= 2)) f *= 0.7;
  return f;
}

/**
 * The report's font for Arabic: IBM Plex Sans Arabic (OFL 1.1, from the npm package
 * @expo-google-fonts/ibm-plex-sans-arabic, which ships TrueType, the format jsPDF embeds). It has the
 * Arabic presentation forms jsPDF's shaping writes and full Latin, so names like "INTERPOL" inside
 * Arabic sentences print in the same font. Fetched only when an Arabic report is made (the files are
 * assets of this lazy module, never in the app shell).
 */
import { ARABIC, type PdfFont, type PdfScript } from "./pdf-text";

/** Languages written right to left, and which need the bundled font. */
const RTL = new Set(["ar"]);

function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = "";
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < view.length; i += 0x8000)
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function fetchFont(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url}: ${response.status}`);
  return toBase64(await response.arrayBuffer());
}

export async function loadArabicFont(): Promise<PdfFont> {
  const [regular, bold] = await Promise.all([
    import("@expo-google-fonts/ibm-plex-sans-arabic/400Regular/IBMPlexSansArabic_400Regular.ttf?url"),
    import("@expo-google-fonts/ibm-plex-sans-arabic/700Bold/IBMPlexSansArabic_700Bold.ttf?url"),
  ]);
  const [r, b] = await Promise.all([fetchFont(regular.default), fetchFont(bold.default)]);
  return { regular: r, bold: b };
}

/**
 * How a report in `locale` is written: right to left for Arabic; the bundled font for Arabic, and
 * for any report whose text has Arabic in it (a title typed in Arabic in the English dashboard).
 */
export async function scriptFor(locale: string, texts: readonly string[]): Promise<PdfScript> {
  const language = locale.split("-")[0] ?? locale;
  const dir = RTL.has(language) ? "rtl" : "ltr";
  const font = dir === "rtl" || texts.some((t) => ARABIC.test(t)) ? await loadArabicFont() : undefined;
  return { dir, font };
}

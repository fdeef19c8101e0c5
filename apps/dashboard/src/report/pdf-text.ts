/**
 * How the report writes text in a language: which font, which characters it can draw, and, for
 * Arabic, right-to-left paragraphs (jsPDF's Arabic plugin shapes the letters into their joined
 * presentation forms; its bidi engine puts the runs in visual order, Latin names and numbers
 * included).
 */
import type { jsPDF } from "jspdf";

/** A TrueType font as base64, regular and bold (jsPDF embeds the glyphs it uses). */
export type PdfFont = { regular: string; bold: string };

export type PdfScript = {
  dir: "ltr" | "rtl";
  /** Set for text the standard fonts cannot draw (Arabic); right to left needs it. */
  font?: PdfFont | undefined;
};

/** Arabic letters (and their presentation forms), which only the bundled font draws. */
export const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

const FAMILY = "IBMPlexSansArabic";

/**
 * The standard PDF fonts draw WinAnsi only (Latin-1 plus œ, €, dashes and curly quotes, which French
 * and Spanish need); anything else would print as garbage, so it becomes its plain equivalent.
 */
export function pdfText(text: string): string {
  return text
    .replace(/\u2212/g, "-")
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .replace(/[\u25b2\u25bc]\s?/g, "")
    .replace(
      /[^\x20-\x7e\xa0-\xff\n\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/g,
      "?",
    );
}

/** The bundled font has neither the narrow nor the thin space that Intl puts in numbers and dates. */
function fontText(text: string): string {
  return text.replace(/[\u202f\u2009]/g, "\u00a0").replace(/[\u25b2\u25bc]\s?/g, "");
}

/** Logical input (a paragraph in `dir`) → the left-to-right visual order a PDF draws in. */
const bidiOptions = (dir: "ltr" | "rtl") => ({
  isInputVisual: false,
  isOutputVisual: true,
  isInputRtl: dir === "rtl",
  isOutputRtl: false,
  isSymmetricSwapping: true,
});

/**
 * Prepares `doc` for the script: embeds the font, and with it makes every text call (ours and
 * jspdf-autotable's, whose default text options would read Arabic as already in visual order) run
 * the bidi engine on a paragraph in the report's direction.
 */
export function setUpScript(doc: jsPDF, script: PdfScript): void {
  if (!script.font) return;
  doc.addFileToVFS(`${FAMILY}-regular.ttf`, script.font.regular);
  doc.addFont(`${FAMILY}-regular.ttf`, FAMILY, "normal");
  doc.addFileToVFS(`${FAMILY}-bold.ttf`, script.font.bold);
  doc.addFont(`${FAMILY}-bold.ttf`, FAMILY, "bold");
  const bidi = bidiOptions(script.dir);
  const text = doc.text.bind(doc);
  doc.text = ((value: string | string[], x: number, y: number, options?: object) =>
    text(value, x, y, { ...options, ...bidi })) as typeof doc.text;
}

export function fontFamily(script: PdfScript): string {
  return script.font ? FAMILY : "helvetica";
}

export function cleanText(script: PdfScript): (text: string) => string {
  return script.font ? fontText : pdfText;
}

/**
 * The report pack as one PDF, A4 landscape: a cover (title, filters, generation time, sources), then
 * one chart per page with its caption, and tables that continue across pages (jspdf-autotable), each
 * page numbered "Page 2 of 6" in the report's language. Always dark ink on white, whatever the
 * screen's theme. Arabic pages run right to left: text right-aligned, tables' columns mirrored.
 * This module (and jspdf with it) is only ever imported dynamically.
 * Text is written uncompressed, so that the PDF's words can be found in its bytes (standard fonts).
 */
import { jsPDF } from "jspdf";
import { autoTable } from "jspdf-autotable";
import { cleanText, fontFamily, type PdfScript, setUpScript } from "./pdf-text";

export { pdfText } from "./pdf-text";

export type ReportImage = { dataUrl: string; width: number; height: number };
/**
 * `notes`: what a reader must know to quote a table (what is counted, and how); a chart's image
 * carries its own subtitle and notes.
 */
export type ReportSection =
  | { kind: "chart"; title: string; caption?: string; notes?: string[]; image: ReportImage }
  | {
      kind: "table";
      title: string;
      caption?: string;
      notes?: string[];
      head: string[];
      body: string[][];
      numeric?: number[];
    };

export type ReportInput = {
  title: string;
  filters: string;
  generated: string;
  sources: string[];
  sections: ReportSection[];
  labels: {
    filters: string;
    generated: string;
    sources: string;
    contents: string;
    continued: string;
    page: (page: number, total: number) => string;
    /** The PDF's "creator" property. */
    creator: string;
  };
  /** Left to right with the standard fonts unless told otherwise (Arabic: rtl with its font). */
  script?: PdfScript;
};

const PAGE = { width: 297, height: 210, margin: 15 };
const INNER = PAGE.width - 2 * PAGE.margin;
const INK = "#1f1f1f";
const MUTED = "#595959";
const NAVY = "#0b2a5b";

/** Writes text at a distance from the reading side: the left margin, or the right one in RTL. */
type Pen = {
  font: (style: "normal" | "bold", size: number, color: string) => void;
  clean: (text: string) => string;
  split: (text: string, width?: number) => string[];
  /** `from`: mm from the start edge; `end`: align to the end edge instead. */
  write: (text: string | string[], from: number, y: number, end?: boolean) => void;
  rtl: boolean;
  family: string;
};

function pen(doc: jsPDF, script: PdfScript): Pen {
  const rtl = script.dir === "rtl";
  const family = fontFamily(script);
  const clean = cleanText(script);
  return {
    rtl,
    family,
    clean,
    font: (style, size, color) => void doc.setFont(family, style).setFontSize(size).setTextColor(color),
    split: (text, width = INNER) => doc.splitTextToSize(clean(text), width) as string[],
    write: (text, from, y, end = false) => {
      // The reading side's edge is the right one in RTL; `end` is the other side.
      const right = rtl !== end;
      const x = right ? PAGE.width - from : from;
      const lines = typeof text === "string" ? clean(text) : text.map(clean);
      doc.text(lines, x, y, right ? { align: "right" } : {});
    },
  };
}

function heading(
  p: Pen,
  section: { title: string; caption?: string | undefined; notes?: string[] | undefined },
  filtersLabel: string,
): number {
  const { title, caption } = section;
  p.font("bold", 16, INK);
  p.write(title, PAGE.margin, PAGE.margin + 6);
  let y = PAGE.margin + 13;
  if (caption) {
    p.font("normal", 10, MUTED);
    const lines = p.split(`${filtersLabel} ${caption}`);
    p.write(lines, PAGE.margin, y);
    y += lines.length * 4.6 + 2;
  }
  p.font("normal", 9, MUTED);
  for (const note of section.notes ?? []) {
    const lines = p.split(note);
    p.write(lines, PAGE.margin, y);
    y += lines.length * 4.2 + 1;
  }
  return y + (section.notes?.length ? 1 : 0);
}

function cover(doc: jsPDF, p: Pen, input: ReportInput) {
  const { labels } = input;
  doc.setFillColor(NAVY).rect(0, 0, PAGE.width, 8, "F");
  p.font("bold", 26, NAVY);
  const title = p.split(input.title);
  p.write(title, PAGE.margin, 40);
  let y = 40 + title.length * 11 + 6;
  const block = (label: string, lines: string[]) => {
    p.font("bold", 12, INK);
    p.write(label, PAGE.margin, y);
    y += 6;
    p.font("normal", 11, MUTED);
    for (const line of lines) {
      const wrapped = p.split(line);
      p.write(wrapped, PAGE.margin, y);
      y += wrapped.length * 5.2;
    }
    y += 6;
  };
  block(labels.filters, [input.filters]);
  block(labels.generated, [input.generated]);
  block(labels.sources, input.sources);
  block(
    labels.contents,
    input.sections.map((s) => `- ${s.title}`),
  );
}

function chartPage(
  doc: jsPDF,
  p: Pen,
  section: Extract<ReportSection, { kind: "chart" }>,
  filtersLabel: string,
) {
  const top = heading(p, section, filtersLabel);
  const maxHeight = PAGE.height - top - PAGE.margin - 6;
  const scale = Math.min(INNER / section.image.width, maxHeight / section.image.height);
  const w = section.image.width * scale;
  const h = section.image.height * scale;
  doc.addImage(section.image.dataUrl, "PNG", (PAGE.width - w) / 2, top, w, h, undefined, "FAST");
}

function tablePages(
  doc: jsPDF,
  p: Pen,
  section: Extract<ReportSection, { kind: "table" }>,
  input: ReportInput,
) {
  const top = heading(p, section, input.labels.filters);
  const columns = section.head.length;
  // Right to left, the first column is the rightmost: the columns are drawn in reverse.
  const order = (row: string[]) => (p.rtl ? [...row].reverse() : row).map(p.clean);
  const at = (i: number) => (p.rtl ? columns - 1 - i : i);
  const numeric = new Set((section.numeric ?? []).map(at));
  const firstPage = doc.getNumberOfPages();
  autoTable(doc, {
    head: [order(section.head)],
    body: section.body.map(order),
    startY: top,
    margin: { top: PAGE.margin + 10, bottom: PAGE.margin + 6, left: PAGE.margin, right: PAGE.margin },
    showHead: "everyPage",
    styles: {
      font: p.family,
      fontSize: 9,
      cellPadding: 1.8,
      textColor: INK,
      halign: p.rtl ? "right" : "left",
    },
    headStyles: { fillColor: NAVY, textColor: "#ffffff" },
    alternateRowStyles: { fillColor: "#f3f5f9" },
    columnStyles: Object.fromEntries(
      [...numeric].map((i) => [i, { halign: p.rtl ? ("left" as const) : ("right" as const) }]),
    ),
    didDrawPage: () => {
      // A page the table continues on says what it is.
      if (doc.getNumberOfPages() > firstPage) {
        p.font("bold", 11, MUTED);
        p.write(`${section.title} ${input.labels.continued}`, PAGE.margin, PAGE.margin + 5);
      }
    },
  });
}

export function buildReportPdf(input: ReportInput): Blob {
  const doc = new jsPDF({ orientation: "landscape", unit: "mm", format: "a4", compress: false });
  const script = input.script ?? { dir: "ltr" };
  setUpScript(doc, script);
  const p = pen(doc, script);
  doc.setProperties({ title: p.clean(input.title), creator: p.clean(input.labels.creator) });
  cover(doc, p, input);
  for (const section of input.sections) {
    doc.addPage("a4", "landscape");
    if (section.kind === "chart") chartPage(doc, p, section, input.labels.filters);
    else tablePages(doc, p, section, input);
  }
  const total = doc.getNumberOfPages();
  for (let page = 1; page <= total; page++) {
    doc.setPage(page);
    p.font("normal", 9, MUTED);
    p.write(input.title, PAGE.margin, PAGE.height - 8);
    p.write(input.labels.page(page, total), PAGE.margin, PAGE.height - 8, true);
  }
  return doc.output("blob");
}

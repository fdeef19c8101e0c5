/**
 * The report pack as one PDF, A4 landscape: a cover (title, filters, generation time, sources), then
 * one chart per page with its caption, and tables that continue across pages (jspdf-autotable), each
 * page numbered "Page 2 of 6". This module (and jspdf with it) is only ever imported dynamically.
 * Text is written uncompressed, so that the PDF's words can be found in its bytes.
 */
import { jsPDF } from "jspdf";
import { autoTable } from "jspdf-autotable";

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
  };
};

const PAGE = { width: 297, height: 210, margin: 15 };
const INK = "#1f1f1f";
const MUTED = "#595959";
const NAVY = "#0b2a5b";

/**
 * The standard PDF fonts speak Latin-1 only: typographic dashes, minus signs, arrows and no-break
 * spaces become their plain equivalents rather than garbage.
 */
export function pdfText(text: string): string {
  return text
    .replace(/[\u2012-\u2015\u2212]/g, "-")
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2026/g, "...")
    .replace(/[\u25b2\u25bc]\s?/g, "")
    .replace(/[^\x20-\xff\n]/g, "?");
}

function heading(
  doc: jsPDF,
  section: { title: string; caption?: string | undefined; notes?: string[] | undefined },
  filtersLabel: string,
): number {
  const { title, caption } = section;
  const inner = PAGE.width - 2 * PAGE.margin;
  doc.setFont("helvetica", "bold").setFontSize(16).setTextColor(INK);
  doc.text(pdfText(title), PAGE.margin, PAGE.margin + 6);
  let y = PAGE.margin + 13;
  if (caption) {
    doc.setFont("helvetica", "normal").setFontSize(10).setTextColor(MUTED);
    const lines = doc.splitTextToSize(pdfText(`${filtersLabel} ${caption}`), inner) as string[];
    doc.text(lines, PAGE.margin, y);
    y += lines.length * 4.6 + 2;
  }
  doc.setFont("helvetica", "normal").setFontSize(9).setTextColor(MUTED);
  for (const note of section.notes ?? []) {
    const lines = doc.splitTextToSize(pdfText(note), inner) as string[];
    doc.text(lines, PAGE.margin, y);
    y += lines.length * 4.2 + 1;
  }
  return y + (section.notes?.length ? 1 : 0);
}

function cover(doc: jsPDF, input: ReportInput) {
  const inner = PAGE.width - 2 * PAGE.margin;
  const { labels } = input;
  doc.setFillColor(NAVY).rect(0, 0, PAGE.width, 8, "F");
  doc.setFont("helvetica", "bold").setFontSize(26).setTextColor(NAVY);
  const title = doc.splitTextToSize(pdfText(input.title), inner) as string[];
  doc.text(title, PAGE.margin, 40);
  let y = 40 + title.length * 11 + 6;
  const block = (label: string, lines: string[]) => {
    doc.setFont("helvetica", "bold").setFontSize(12).setTextColor(INK).text(pdfText(label), PAGE.margin, y);
    y += 6;
    doc.setFont("helvetica", "normal").setFontSize(11).setTextColor(MUTED);
    for (const line of lines) {
      const wrapped = doc.splitTextToSize(pdfText(line), inner) as string[];
      doc.text(wrapped, PAGE.margin, y);
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

function chartPage(doc: jsPDF, section: Extract<ReportSection, { kind: "chart" }>, filtersLabel: string) {
  const top = heading(doc, section, filtersLabel);
  const maxWidth = PAGE.width - 2 * PAGE.margin;
  const maxHeight = PAGE.height - top - PAGE.margin - 6;
  const scale = Math.min(maxWidth / section.image.width, maxHeight / section.image.height);
  const w = section.image.width * scale;
  const h = section.image.height * scale;
  doc.addImage(section.image.dataUrl, "PNG", (PAGE.width - w) / 2, top, w, h, undefined, "FAST");
}

function tablePages(doc: jsPDF, section: Extract<ReportSection, { kind: "table" }>, input: ReportInput) {
  const top = heading(doc, section, input.labels.filters);
  const numeric = new Set(section.numeric ?? []);
  const firstPage = doc.getNumberOfPages();
  autoTable(doc, {
    head: [section.head.map(pdfText)],
    body: section.body.map((row) => row.map(pdfText)),
    startY: top,
    margin: { top: PAGE.margin + 10, bottom: PAGE.margin + 6, left: PAGE.margin, right: PAGE.margin },
    showHead: "everyPage",
    styles: { font: "helvetica", fontSize: 9, cellPadding: 1.8, textColor: INK },
    headStyles: { fillColor: NAVY, textColor: "#ffffff" },
    alternateRowStyles: { fillColor: "#f3f5f9" },
    columnStyles: Object.fromEntries([...numeric].map((i) => [i, { halign: "right" as const }])),
    didDrawPage: () => {
      // A page the table continues on says what it is.
      if (doc.getNumberOfPages() > firstPage) {
        doc.setFont("helvetica", "bold").setFontSize(11).setTextColor(MUTED);
        doc.text(pdfText(`${section.title} ${input.labels.continued}`), PAGE.margin, PAGE.margin + 5);
      }
    },
  });
}

export function buildReportPdf(input: ReportInput): Blob {
  const doc = new jsPDF({ orientation: "landscape", unit: "mm", format: "a4", compress: false });
  doc.setProperties({ title: pdfText(input.title), creator: "Turn Back Crime dashboard" });
  cover(doc, input);
  for (const section of input.sections) {
    doc.addPage("a4", "landscape");
    if (section.kind === "chart") chartPage(doc, section, input.labels.filters);
    else tablePages(doc, section, input);
  }
  const total = doc.getNumberOfPages();
  for (let page = 1; page <= total; page++) {
    doc.setPage(page);
    doc.setFont("helvetica", "normal").setFontSize(9).setTextColor(MUTED);
    doc.text(pdfText(input.title), PAGE.margin, PAGE.height - 8);
    doc.text(pdfText(input.labels.page(page, total)), PAGE.width - PAGE.margin, PAGE.height - 8, {
      align: "right",
    });
  }
  return doc.output("blob");
}

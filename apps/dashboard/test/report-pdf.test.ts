/// <reference types="node" />
/**
 * The report PDF in the reader's language, built by the real jsPDF with the real bundled font and
 * read back by poppler (pdftotext, pdftoppm): Arabic shaped and right to left, French page numbers
 * and typography. The pages are rendered to .screenshots/ to be looked at.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { i18nProvider, translate } from "../src/i18n";
import { buildReportPdf, type ReportInput } from "../src/report/pdf";
import type { PdfFont } from "../src/report/pdf-text";
import { SHOTS } from "./harness";

const dir = mkdtempSync(join(tmpdir(), "tbc-report-"));
mkdirSync(SHOTS, { recursive: true });
const require = createRequire(import.meta.url);
const fontFile = (name: string) =>
  readFileSync(require.resolve(`@expo-google-fonts/ibm-plex-sans-arabic/${name}`)).toString("base64");
const arabicFont: PdfFont = {
  regular: fontFile("400Regular/IBMPlexSansArabic_400Regular.ttf"),
  bold: fontFile("700Bold/IBMPlexSansArabic_700Bold.ttf"),
};

function labels(): ReportInput["labels"] {
  return {
    filters: translate("report.filters"),
    generated: translate("report.generated"),
    sources: translate("report.sources"),
    contents: translate("report.contents"),
    continued: translate("report.continued"),
    page: (page, pages) => translate("report.page", { page, pages }),
    creator: translate("exportText.pdfCreator"),
  };
}

async function pdfOf(input: ReportInput, name: string) {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, Buffer.from(await buildReportPdf(input).arrayBuffer()));
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "2", file, `${SHOTS}report-${name}`]);
  const raw = execFileSync("pdftotext", [file, "-"]).toString("utf8");
  // Poppler writes the shaped letters (presentation forms) in logical order between bidi marks:
  // NFKC gives back the letters a reader typed.
  const words = raw
    .normalize("NFKC")
    .replace(/[\u200e\u200f\u202a-\u202e]/g, "")
    .replace(/\s+/g, " ");
  return { raw, words, file };
}

const table = (head: string[], body: string[][]) => ({
  kind: "table" as const,
  title: head[0] ?? "",
  head,
  body,
  numeric: [1],
});

afterAll(() => i18nProvider.changeLocale("en"));

describe("report PDF", () => {
  it("writes Arabic shaped, right to left, with Latin names and numbers in their runs", async () => {
    await i18nProvider.changeLocale("ar");
    const arabicFigure = new Intl.NumberFormat("ar-EG").format(1204); // Arabic-Indic digits
    const title = "تقرير الحملة: الأمريكتين";
    const { raw, words, file } = await pdfOf(
      {
        title,
        filters: "المنطقة: الأمريكتين",
        generated: new Intl.DateTimeFormat("ar", { dateStyle: "long" }).format(
          new Date(Date.UTC(2026, 10, 25)),
        ),
        sources: ["بيانات INTERPOL المنشورة"],
        sections: [
          table(
            ["العملية", "الاعتقالات"],
            [
              ["عملية Pangea XVII", arabicFigure],
              ["عملية ليونفيش", "769"],
            ],
          ),
        ],
        labels: labels(),
        script: { dir: "rtl", font: arabicFont },
      },
      "arabic",
    );
    // Shaped: the letters are their joined presentation forms, not the isolated base letters.
    expect(raw).toMatch(/[\ufe70-\ufefc]/);
    // In logical order, word for word (poppler puts a colon between runs where it guesses; the
    // rendered page, looked at, has it right).
    const letters = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    expect(letters(words)).toContain(letters(title));
    // Where a Latin run meets an Arabic one poppler may drop the space: compared letters only.
    const squash = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, "");
    expect(squash(words)).toContain(squash("عملية Pangea XVII"));
    expect(squash(words)).toContain(squash("بيانات INTERPOL المنشورة"));
    expect(words).toContain(arabicFigure);
    expect(words).toContain("عملية ليونفيش");
    expect(words).toContain("الاعتقالات");
    // The bundled font, embedded (regular and bold), its glyphs mapped back to Unicode.
    expect(execFileSync("pdffonts", [file]).toString()).toMatch(
      /IBMPlexSansArabic +CID TrueType +Identity-H +yes +no +yes/,
    );
    // Right to left: the title ends at the right margin (its x is past the page's middle).
    const layout = execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", file, "-"])
      .toString("utf8")
      .split("\n")
      .filter((line) => line.includes("<word"));
    const xMax = Math.max(...layout.map((line) => Number(/xMax="([\d.]+)"/.exec(line)?.[1] ?? 0)));
    const xMin = Math.min(...layout.map((line) => Number(/xMin="([\d.]+)"/.exec(line)?.[1] ?? 1e9)));
    // Visual order: the title's first word is the rightmost (poppler gives each word's glyphs as drawn).
    const xOf = (word: string) =>
      Number(
        /xMin="([\d.]+)"/.exec(
          layout.find((line) => line.normalize("NFKC").includes([...word].reverse().join(""))) ?? "",
        )?.[1] ?? Number.NaN,
      );
    expect(xOf("تقرير")).toBeGreaterThan(xOf("الحملة"));
    // A4 landscape is 842 pt wide; margins are 15 mm (42.5 pt): text hugs the right one.
    expect(xMax).toBeGreaterThan(790);
    expect(xMin).toBeGreaterThan(42);
  });

  it("an English report with an Arabic title: the font for the title, the page left to right", async () => {
    await i18nProvider.changeLocale("en");
    const title = "Bilan: تقرير الحملة 2026";
    const { words, file } = await pdfOf(
      {
        title,
        filters: "Region: Americas",
        generated: "25 November 2026",
        sources: ["INTERPOL"],
        sections: [table(["Operation", "Arrests"], [["Pangea XVII", "1,204"]])],
        labels: labels(),
        script: { dir: "ltr", font: arabicFont },
      },
      "mixed",
    );
    // The number after the Arabic words belongs to their right-to-left run (Unicode bidi): poppler
    // puts it before them when it reads the line back.
    expect(words).toContain("Bilan: 2026 تقرير الحملة");
    expect(words).toContain(translate("report.page", { page: 2, pages: 2 }));
    const xMin = Math.min(
      ...execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", file, "-"])
        .toString("utf8")
        .split("\n")
        .filter((line) => line.includes("<word"))
        .map((line) => Number(/xMin="([\d.]+)"/.exec(line)?.[1] ?? 1e9)),
    );
    expect(xMin).toBeLessThan(45); // from the left margin
  });

  it("writes a French report: page numbers and labels from the dictionary, French typography intact", async () => {
    await i18nProvider.changeLocale("fr");
    const figure = new Intl.NumberFormat("fr").format(1204); // "1 204" with a narrow no-break space
    const { words, file } = await pdfOf(
      {
        title: "Bilan de l’œuvre « Turn Back Crime »",
        filters: "Région : Amériques",
        generated: "25 novembre 2026",
        sources: ["Communiqués d’INTERPOL"],
        sections: [table(["Opération", "Arrestations"], [["Pangea XVII", figure]])],
        labels: labels(),
      },
      "french",
    );
    expect(words).toContain("Bilan de l’œuvre « Turn Back Crime »");
    expect(words).toContain("1 204");
    expect(words).toContain(translate("report.page", { page: 2, pages: 2 }));
    expect(words).toContain(translate("report.sources"));
    expect(words).not.toContain("?");
    // The standard font: no Arabic font was embedded for a Latin script.
    expect(execFileSync("pdffonts", [file]).toString()).not.toContain("IBMPlexSansArabic");
  });
});

import { CSV_BOM, csvCell, toCsv } from "@tbc/types";
import { describe, expect, it } from "vitest";
import { exportFileName } from "../src/export/download";
import { composeChartSvg, escapeXml, estimateWidth, wrapText } from "../src/export/svg-compose";
import { fileNameOf, tableExportUrl } from "../src/export/table-url";

describe("chart CSV", () => {
  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("=1+2")).toBe("'=1+2");
    expect(csvCell("+33 1 23")).toBe("'+33 1 23");
    expect(csvCell("-cmd")).toBe("'-cmd");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tTab")).toBe("'\tTab");
    expect(csvCell("\rCR")).toBe('"\'\rCR"');
    // Numbers stay numbers, a negative one included; unknown is empty, never 0.
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("quotes per RFC 4180 and writes a BOM, a header and CRLF lines", () => {
    const csv = toCsv(
      [
        { key: "name", label: "Agency" },
        { key: "value", label: "Agencies, active" },
      ],
      [
        { name: 'Say "hi"', value: 3 },
        { name: "=cmd|' /C calc'!A0", value: null },
        { name: "two\nlines", value: 0 },
      ],
    );
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      'Agency,"Agencies, active"',
      '"Say ""hi""",3',
      "'=cmd|' /C calc'!A0,",
      '"two\nlines",0',
      "",
    ]);
  });
});

describe("SVG composer", () => {
  const chart = {
    inner: '<rect x="0" y="0" width="10" height="20" fill="#1f4e8c"/>',
    width: 600,
    height: 300,
  };

  it("draws the title, the legend as SVG, the caption and the source into one standalone SVG", () => {
    const { svg, width, height } = composeChartSvg({
      chart,
      title: "Supporting agencies by region",
      subtitle: "Active agencies per INTERPOL region",
      legend: [
        { label: "Active", color: "#1f4e8c" },
        { label: "Drugs & <firearms>", color: "#e15759" },
      ],
      caption: "Filters: Period: 5 Jun 2014 – 25 Nov 2026 · Country: United States",
      footer: ["Data as of 25 Nov 2026", "Source: INTERPOL press releases"],
    });
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain(">Supporting agencies by region</text>");
    expect(svg).toContain(">Active</text>");
    expect(svg).toContain(">Drugs &amp; &lt;firearms&gt;</text>"); // escaped, still the legend's text
    expect(svg).toContain('fill="#e15759"'); // the legend's swatch
    expect(svg).toContain("Country: United States");
    expect(svg).toContain(">Data as of 25 Nov 2026</text>");
    expect(svg).toContain(">Source: INTERPOL press releases</text>");
    expect(svg).toContain(chart.inner);
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(width).toBe(648);
    expect(height).toBeGreaterThan(300 + 100);
    expect(svg).toContain(`width="${width}" height="${height}"`);
  });

  it("leaves the background out when asked for transparency, and wraps a long caption", () => {
    const caption = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
    const { svg } = composeChartSvg({ chart, title: "T", caption, background: "transparent" });
    expect(svg).not.toContain('fill="#ffffff"');
    const lines = wrapText(caption, 600, 12, estimateWidth);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(svg).toContain(`>${line}</text>`);
  });

  it("leaves the title and caption to the report's page when asked, keeping the legend", () => {
    const { svg } = composeChartSvg({
      chart,
      title: "Map",
      caption: "Filters: Region: Europe",
      legend: [{ label: "1–4", color: "#d6e4f5" }],
      heading: false,
    });
    expect(svg).toContain("<title>Map</title>");
    expect(svg).not.toContain(">Map</text>");
    expect(svg).not.toContain("Region: Europe");
    expect(svg).toContain(">1–4</text>");
  });

  it("right to left: the text hangs from the right margin and the legend runs leftwards", () => {
    const { svg, width } = composeChartSvg({
      chart,
      title: "الأجهزة حسب المنطقة",
      legend: [
        { label: "نشطة", color: "#1f4e8c" },
        { label: "معلقة", color: "#e15759" },
      ],
      footer: ["المصدر: INTERPOL"],
      dir: "rtl",
    });
    const texts = [...svg.matchAll(/<text x="([\d.]+)"[^>]*>([^<]*)<\/text>/g)];
    expect(texts.map((m) => m[2])).toEqual(["الأجهزة حسب المنطقة", "نشطة", "معلقة", "المصدر: INTERPOL"]);
    expect(svg.match(/direction="rtl" text-anchor="start"/g)).toHaveLength(4);
    // Title and footer end at the right margin; the first legend item is the rightmost.
    expect(Number(texts[0]?.[1])).toBe(width - 24);
    expect(Number(texts[3]?.[1])).toBe(width - 24);
    const swatches = [...svg.matchAll(/<rect x="([\d.]+)"[^>]*rx="2"/g)].map((m) => Number(m[1]));
    expect(swatches[0]).toBe(width - 24 - 12);
    expect(swatches[1]).toBeLessThan(swatches[0] ?? 0);
  });

  it("escapes XML", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });
});

describe("table export URL and file names", () => {
  it("sends the filters, sorters and columns as encoded JSON", () => {
    const url = tableExportUrl("agencies", {
      filters: [{ field: "region", operator: "eq", value: "Asia & South Pacific" }],
      sorters: [{ field: "name", order: "asc" }],
      columns: [{ key: "name", label: "Name" }],
    });
    const parsed = new URL(url, "http://localhost");
    expect(parsed.pathname).toBe("/api/export/agencies.csv");
    expect(JSON.parse(parsed.searchParams.get("filters") ?? "")).toEqual([
      { field: "region", operator: "eq", value: "Asia & South Pacific" },
    ]);
    expect(JSON.parse(parsed.searchParams.get("sorters") ?? "")).toEqual([{ field: "name", order: "asc" }]);
    expect(JSON.parse(parsed.searchParams.get("columns") ?? "")).toEqual([{ key: "name", label: "Name" }]);
    expect(tableExportUrl("imports", { columns: [] })).toBe(
      `/api/export/imports.csv?columns=${encodeURIComponent("[]")}`,
    );
  });

  it("names files after the chart and the day", () => {
    const day = new Date("2026-11-25T10:00:00Z");
    expect(exportFileName("Agencies by région / pays", "png", day)).toBe(
      "agencies-by-region-pays-2026-11-25.png",
    );
    expect(fileNameOf('attachment; filename="agencies-2026-11-25.csv"', "x.csv")).toBe(
      "agencies-2026-11-25.csv",
    );
    expect(fileNameOf(null, "x.csv")).toBe("x.csv");
  });

  it("keeps a title's own letters in the file name, and reads the server's UTF-8 name", () => {
    const day = new Date("2026-11-25T10:00:00Z");
    expect(exportFileName("Agences par région : Amériques", "png", day)).toBe(
      "agences-par-region-ameriques-2026-11-25.png",
    );
    expect(exportFileName("الأجهزة حسب المنطقة", "svg", day)).toBe("الأجهزة-حسب-المنطقة-2026-11-25.svg");
    const arabic = encodeURIComponent("الأجهزة-2026-11-25.csv");
    expect(
      fileNameOf(`attachment; filename="agencies-2026-11-25.csv"; filename*=UTF-8''${arabic}`, "x.csv"),
    ).toBe("الأجهزة-2026-11-25.csv");
    expect(tableExportUrl("agencies", { columns: [], lang: "es" })).toMatch(/&lang=es$/);
  });
});

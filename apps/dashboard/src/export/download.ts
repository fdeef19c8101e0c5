/** Saves a Blob under a file name through a temporary object URL (same tab, no navigation). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * "Agencies by region" → "agencies-by-region-2026-11-25.png", "Régions" → "regions-…", "المناطق" →
 * "المناطق-…": the title's letters in its own language, without punctuation or Latin accents, so
 * safe on every file system.
 */
export function exportFileName(title: string, extension: string, now = new Date()): string {
  const stem =
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .normalize("NFC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "chart";
  return `${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The day an operation's results were announced, read from its source title ("… (INTERPOL
 * N2014-083, 15 May 2014)"). Only a full date counts; "Jan 2015" alone gives null, not a guess.
 */
export function announcedOnFrom(sourceTitle: string | null): string | null {
  if (!sourceTitle) return null;
  const m = /\b(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* ((?:19|20)\d{2})\b/i.exec(
    sourceTitle,
  );
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  const iso = `${m[3]}-${String(month).padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) ? null : iso;
}

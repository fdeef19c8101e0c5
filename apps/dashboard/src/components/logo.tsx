import { palette } from "../theme";

/** The logo mark: a shield with a check, inline so that it needs no request. Decorative only. */
export function LogoMark({ size = 24 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill={palette.navy} />
      <path
        d="M16 5l9 4v6c0 6-4 10-9 12-5-2-9-6-9-12V9z"
        fill="none"
        stroke="#fff"
        strokeWidth="2.2"
        strokeLinejoin="round"
      />
      <path
        d="M11.5 16.5l3 3 6-6.5"
        fill="none"
        stroke="#7fb2ff"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The shield with the gold star, drawn inline (no image request, nothing for the CSP to refuse). */
export function ShieldMark({ size }: { size: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 64 64"
      aria-hidden="true"
      focusable="false"
      style={{ flex: 'none' }}
    >
      <path d="M32 4 8 12v18c0 15 10 26 24 30 14-4 24-15 24-30V12Z" fill="#8b1a1a" />
      <path d="m32 18 4 9h9l-7 6 3 10-9-6-9 6 3-10-7-6h9Z" fill="#f2c230" />
    </svg>
  );
}

// The favicon's folder-and-page mark, so the window, the tab and the header agree.
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#1f3a5f" />
      <path d="M9 7h10l5 5v13H9z" fill="#f4f1e8" />
      <path d="M19 7v5h5" fill="#c9c2ad" />
      <path d="M12 16h9M12 19.5h9M12 23h6" stroke="#1f3a5f" strokeWidth="1.6" />
    </svg>
  );
}

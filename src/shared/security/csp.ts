// The Content-Security-Policy of every Berkas page: no inline or eval script, nothing from outside.
// Sent as a header (Electron's protocol handler, the preview server) and repeated in index.html's
// <meta>, which browsers read without `frame-ancestors` (they ignore it there, and say so in the
// console): a test keeps the <meta> equal to CSP_META.
export const CSP_META = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const CSP = `${CSP_META}; frame-ancestors 'none'`;

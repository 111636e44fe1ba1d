// The Content-Security-Policy of every Berkas page: no inline or eval script, nothing from outside.
// Sent as a header (Electron's protocol handler, the preview server) and repeated in index.html's
// <meta> (a test keeps the two equal).
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The Content Security Policy of the panel, shared by the renderer's <meta> tag (checked
 * by a test) and the headless panel's response header. The renderer never talks to a
 * model server directly: `connect-src 'self'` sends everything through the services.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Directives that only work as an HTTP header (a <meta> CSP ignores them). */
export const HEADER_ONLY_CSP = "frame-ancestors 'none'";

/** A fresh nonce per page: only the view's own script runs. */
export function makeNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface PageSources {
  /** webview.cspSource */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  nonce: string;
  /** The display language, vscode.env.language: the page's strings are in it. */
  language: string;
  title: string;
  loading: string;
}

/** Enough for text and for double-quoted attribute values, which is all this page uses. */
const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/gu, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/**
 * The page's skeleton: no article text in it at all (that arrives by message and is set as text), a
 * Content-Security-Policy that allows nothing but the view's stylesheet and its nonce'd script.
 */
export function comparePage(sources: PageSources): string {
  const csp = [
    "default-src 'none'",
    `style-src ${sources.cspSource}`,
    `script-src 'nonce-${sources.nonce}'`,
    `img-src ${sources.cspSource}`,
    `font-src ${sources.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(sources.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(sources.styleUri)}">
<title>${escapeHtml(sources.title)}</title>
</head>
<body>
<header class="page"><h1>${escapeHtml(sources.title)}</h1></header>
<main id="root" aria-live="polite"><p class="muted">${escapeHtml(sources.loading)}</p></main>
<script nonce="${sources.nonce}" src="${escapeHtml(sources.scriptUri)}"></script>
</body>
</html>`;
}

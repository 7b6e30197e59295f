// The build's steps write their tags into the page's head right after `<meta charset>`: the
// charset must come first (the browser looks for it in the page's first bytes), and a policy in
// a `<meta>` holds only for what comes after it.
const CHARSET = /<meta charset="?utf-8"?\s*\/?>/iu;

/** `html` with `tags` written right after its `<meta charset>`, a line each; `page` names it in the error. */
export function afterCharset(html, tags, page = 'the page') {
  if (!CHARSET.test(html)) throw new Error(`${page}: no <meta charset> to write ${tags.length} tag(s) after`);
  return html.replace(CHARSET, (charset) => `${charset}${tags.map((tag) => `\n    ${tag}`).join('')}`);
}

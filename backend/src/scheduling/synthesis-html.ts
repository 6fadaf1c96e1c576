import sanitizeHtml from 'sanitize-html';

/**
 * The HTML a synthesis may keep: what a rich-text editor produces for a write-up (paragraphs,
 * headings, emphasis, lists, quotes, links), nothing that runs or loads (no script, style,
 * image, iframe, event handler or javascript: URL). Links open safely in a new tab.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'code',
    'pre',
    'hr',
  ],
  allowedAttributes: { a: ['href', 'title', 'target', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { target: '_blank', rel: 'noopener noreferrer nofollow' }),
  },
};

export function sanitizeSynthesis(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** Words of the text, tags left out: shown to the instructor beside each synthesis. */
export function wordCount(html: string): number {
  // A space for each tag, so that </h2><p> still separates two words.
  const text = sanitizeHtml(html.replace(/</g, ' <'), { allowedTags: [], allowedAttributes: {} });
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

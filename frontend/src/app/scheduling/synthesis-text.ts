/**
 * The synthesis editor writes plain text with a few marks, turned into the HTML the API keeps
 * (and back, to edit a saved draft):
 *
 *   # Title            → <h2>          **bold**            → <strong>
 *   ## Subtitle        → <h3>          *italic*            → <em>
 *   - item / * item    → <ul><li>      [label](https://…)  → <a href>
 *   1. item            → <ol><li>      > quoted line       → <blockquote>
 *
 * A blank line separates paragraphs; a single line break stays a line break.
 */

type Block =
  { kind: 'h2' | 'h3'; text: string } | { kind: 'ul' | 'ol' | 'blockquote' | 'p'; lines: string[] };

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Bold, italic and links inside a line (the text is escaped first). */
export function inlineToHtml(text: string): string {
  return escapeHtml(text)
    .replace(/\*{4}/g, '') // an empty bold left by the toolbar
    .replace(
      /\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g,
      (_, label: string, href: string) => `<a href="${href}">${label}</a>`,
    )
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*(?=\S)(.+?)(?<=\S)\*(?![*\w])/g, '$1<em>$2</em>')
    .replace(/(^|[^_\w])_(?=\S)(.+?)(?<=\S)_(?![_\w])/g, '$1<em>$2</em>');
}

function lineKind(line: string): { kind: Block['kind']; text: string } {
  let match: RegExpExecArray | null;
  if ((match = /^##\s+(.*)$/.exec(line))) return { kind: 'h3', text: match[1] };
  if ((match = /^#\s+(.*)$/.exec(line))) return { kind: 'h2', text: match[1] };
  if ((match = /^[-*•]\s+(.*)$/.exec(line))) return { kind: 'ul', text: match[1] };
  if ((match = /^\d+[.)]\s+(.*)$/.exec(line))) return { kind: 'ol', text: match[1] };
  if ((match = /^>\s?(.*)$/.exec(line))) return { kind: 'blockquote', text: match[1] };
  return { kind: 'p', text: line };
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Extract<Block, { lines: string[] }> | null = null;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      current = null;
      continue;
    }
    const { kind, text: content } = lineKind(line);
    if (kind === 'h2' || kind === 'h3') {
      blocks.push({ kind, text: content });
      current = null;
    } else if (current && current.kind === kind) {
      current.lines.push(content);
    } else {
      current = { kind, lines: [content] };
      blocks.push(current);
    }
  }
  return blocks;
}

/** The editor's text as HTML (for the API). */
export function textToHtml(text: string): string {
  return blocksOf(text)
    .map((block) => {
      switch (block.kind) {
        case 'h2':
        case 'h3':
          return `<${block.kind}>${inlineToHtml(block.text)}</${block.kind}>`;
        case 'ul':
        case 'ol':
          return `<${block.kind}>${block.lines.map((l) => `<li>${inlineToHtml(l)}</li>`).join('')}</${block.kind}>`;
        case 'blockquote':
          return `<blockquote><p>${block.lines.map(inlineToHtml).join('<br>')}</p></blockquote>`;
        case 'p':
          return `<p>${block.lines.map(inlineToHtml).join('<br>')}</p>`;
      }
    })
    .join('\n');
}

function inlineText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ');
  if (!(node instanceof Element)) return '';
  const inner = Array.from(node.childNodes).map(inlineText).join('');
  switch (node.tagName.toLowerCase()) {
    case 'strong':
    case 'b':
      return inner.trim() ? `**${inner}**` : inner;
    case 'em':
    case 'i':
      return inner.trim() ? `*${inner}*` : inner;
    case 'a': {
      const href = node.getAttribute('href') ?? '';
      return /^https?:\/\//.test(href) ? `[${inner}](${href})` : inner;
    }
    case 'br':
      return '\n';
    default:
      return inner;
  }
}

const trimLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim();

function blockText(element: Element): string[] {
  const out: string[] = [];
  for (const node of Array.from(element.childNodes)) {
    if (!(node instanceof Element)) {
      const text = trimLines(inlineText(node));
      if (text) out.push(text);
      continue;
    }
    const tag = node.tagName.toLowerCase();
    if (tag === 'h2') out.push(`# ${trimLines(inlineText(node))}`);
    else if (tag === 'h3' || tag === 'h4') out.push(`## ${trimLines(inlineText(node))}`);
    else if (tag === 'ul' || tag === 'ol') {
      const items = Array.from(node.children).filter((c) => c.tagName.toLowerCase() === 'li');
      out.push(
        items
          .map(
            (li, i) =>
              `${tag === 'ul' ? '-' : `${i + 1}.`} ${trimLines(inlineText(li)).replace(/\n/g, ' ')}`,
          )
          .join('\n'),
      );
    } else if (tag === 'blockquote') {
      const inner = blockText(node).join('\n');
      out.push(
        inner
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => `> ${l}`)
          .join('\n'),
      );
    } else if (tag === 'hr') {
      continue;
    } else {
      const text = trimLines(inlineText(node));
      if (text) out.push(text);
    }
  }
  return out;
}

/** Saved HTML back as the editor's text. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return blockText(doc.body).join('\n\n');
}

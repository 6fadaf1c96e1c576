import type { MailContent, MailLang } from './mail.types';

export interface MailLayoutInput {
  lang: MailLang;
  title: string;
  greeting?: string;
  /** Plain text each (escaped; a line break stays a line break). */
  paragraphs: string[];
  action?: { label: string; url: string };
  details?: Array<{ label: string; value: string }>;
  /** e.g. programme name, sender name. */
  footer?: string;
  /** The subject line; default the title. */
  subject?: string;
}

const WORDS: Record<MailLang, { automatic: string; fallback: string; sender: string }> = {
  fr: {
    automatic: 'Message automatique, merci de ne pas y répondre.',
    fallback: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
    sender: 'Clique',
  },
  en: {
    automatic: 'Automatic message, please do not reply.',
    fallback: 'If the button does not work, copy this link into your browser:',
    sender: 'Clique',
  },
};

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** HTML-escapes a value (text and attribute positions alike). */
export function escapeHtml(value: string): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Only http(s) links reach a mail; anything else (javascript:, data:) is dropped. */
function safeUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** A subject is one line: line breaks would start new headers. */
function oneLine(value: string): string {
  return String(value)
    .replace(/[\r\n\t]+/g, ' ')
    .trim();
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const BRAND = '#4a3aa8';

/**
 * The house layout every template uses: one column, tables and inline styles (what mail
 * clients render), an HTML and a plain-text part saying the same, every value escaped.
 */
export function mailLayout(input: MailLayoutInput): MailContent {
  const words = WORDS[input.lang] ?? WORDS.en;
  const title = oneLine(input.title);
  const action = input.action
    ? { label: input.action.label, url: safeUrl(input.action.url) }
    : null;
  const para = (text: string) =>
    `<p style="${FONT}font-size:15px;line-height:1.5;color:#1c1b1f;margin:0 0 14px">${escapeHtml(text).replace(/\r?\n/g, '<br>')}</p>`;

  const html: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${input.lang}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeHtml(title)}</title></head>`,
    '<body style="margin:0;padding:0;background:#f4f2f8">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f2f8"><tr><td align="center" style="padding:24px 12px">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:8px">',
    `<tr><td style="padding:20px 28px;border-bottom:3px solid ${BRAND};${FONT}font-size:18px;font-weight:bold;color:${BRAND}">${escapeHtml(words.sender)}</td></tr>`,
    '<tr><td style="padding:24px 28px">',
    `<h1 style="${FONT}font-size:22px;line-height:1.3;color:#1c1b1f;margin:0 0 18px">${escapeHtml(title)}</h1>`,
  ];
  if (input.greeting) html.push(para(input.greeting));
  for (const p of input.paragraphs) html.push(para(p));
  if (input.details?.length) {
    html.push(
      '<table role="presentation" cellpadding="0" cellspacing="0" style="margin:4px 0 18px;border-collapse:collapse">',
    );
    for (const d of input.details) {
      html.push(
        `<tr><td style="${FONT}font-size:14px;color:#605d66;padding:4px 16px 4px 0;vertical-align:top">${escapeHtml(d.label)}</td>` +
          `<td style="${FONT}font-size:14px;color:#1c1b1f;padding:4px 0;vertical-align:top">${escapeHtml(d.value).replace(/\r?\n/g, '<br>')}</td></tr>`,
      );
    }
    html.push('</table>');
  }
  if (action?.url) {
    const href = escapeHtml(action.url);
    html.push(
      `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 18px"><tr><td style="background:${BRAND};border-radius:6px">` +
        `<a href="${href}" style="${FONT}display:inline-block;padding:12px 22px;font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none">${escapeHtml(action.label)}</a></td></tr></table>`,
      `<p style="${FONT}font-size:13px;line-height:1.4;color:#605d66;margin:0 0 14px">${escapeHtml(words.fallback)}<br><a href="${href}" style="color:${BRAND};word-break:break-all">${href}</a></p>`,
    );
  }
  html.push('</td></tr>');
  const footer = [input.footer, words.automatic].filter((f): f is string => !!f);
  html.push(
    `<tr><td style="padding:16px 28px;border-top:1px solid #e6e1ec;${FONT}font-size:12px;line-height:1.4;color:#605d66">${footer.map(escapeHtml).join('<br>')}</td></tr>`,
    '</table></td></tr></table></body></html>',
  );

  const text: string[] = [title, '='.repeat(Math.min(title.length, 60)), ''];
  if (input.greeting) text.push(input.greeting, '');
  for (const p of input.paragraphs) text.push(p, '');
  if (input.details?.length) {
    for (const d of input.details) text.push(`${d.label}: ${d.value}`);
    text.push('');
  }
  if (action?.url) text.push(`${action.label}: ${action.url}`, '');
  text.push('--', ...footer);

  return {
    subject: oneLine(input.subject ?? title),
    html: html.join('\n'),
    text: text.join('\n'),
  };
}

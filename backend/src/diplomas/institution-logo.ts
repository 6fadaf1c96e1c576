import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

/**
 * The logo shipped with the app: a clique (four people, every pair linked) in a ring, drawn
 * as SVG so that it prints sharp at any size. INSTITUTION_LOGO_FILE replaces it.
 */
export const DEFAULT_LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120">
  <circle cx="60" cy="60" r="56" fill="none" stroke="#1f4e79" stroke-width="6"/>
  <g stroke="#2e75b6" stroke-width="4" stroke-linecap="round">
    <line x1="60" y1="26" x2="94" y2="60"/><line x1="94" y1="60" x2="60" y2="94"/>
    <line x1="60" y1="94" x2="26" y2="60"/><line x1="26" y1="60" x2="60" y2="26"/>
    <line x1="60" y1="26" x2="60" y2="94"/><line x1="26" y1="60" x2="94" y2="60"/>
  </g>
  <g fill="#1f4e79">
    <circle cx="60" cy="26" r="10"/><circle cx="94" cy="60" r="10"/>
    <circle cx="60" cy="94" r="10"/><circle cx="26" cy="60" r="10"/>
  </g>
</svg>`;

/** A pdfmake node for the logo: an image (PNG, JPEG) or an SVG. */
export type LogoNode = { image: string } | { svg: string };

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

/** The configured logo file read once (PNG, JPEG or SVG), else the shipped one. */
export function loadLogo(file: string | undefined): LogoNode {
  if (!file) return { svg: DEFAULT_LOGO_SVG };
  const ext = extname(file).toLowerCase();
  if (ext === '.svg') return { svg: readFileSync(file, 'utf8') };
  const type = TYPES[ext];
  if (!type) throw new Error(`INSTITUTION_LOGO_FILE must be a PNG, JPEG or SVG file: ${file}`);
  return { image: `data:${type};base64,${readFileSync(file).toString('base64')}` };
}

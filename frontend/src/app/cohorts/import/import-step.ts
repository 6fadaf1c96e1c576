import { type ImportResult } from '../../core/api/types';

/** Where the import stands: no file, reading it, previewing, shown, importing, imported. */
export type ImportStep =
  | { kind: 'choose' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'previewing'; fileName: string }
  | { kind: 'preview'; fileName: string }
  | { kind: 'importing'; fileName: string }
  | { kind: 'done'; fileName: string; result: ImportResult };

/** Rows shown per page in the preview and in the links table. */
export const IMPORT_PAGE_SIZE = 50;

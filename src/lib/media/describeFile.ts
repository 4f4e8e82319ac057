/**
 * How a page describes a download: "PDF, 1.2 MB", "JPEG, 1600 × 1067 px,
 * 163 kB", with numbers and units as the reader's language writes them
 * ("1,2 МБ" in Kyrgyz and Russian).
 */
import { localeInfo, type Locale } from '../../i18n/locales.ts';

/** Names readers know a format by, where it is not the extension in capitals. */
const TYPE_NAMES: Record<string, string> = { jpg: 'JPEG', jpeg: 'JPEG', tif: 'TIFF', htm: 'HTML' };

/** "PDF", "JPEG", "DOCX": the file type from its extension. */
export function fileTypeLabel(extension: string): string {
  const lower = extension.toLowerCase();
  return TYPE_NAMES[lower] ?? lower.toUpperCase();
}

/** "412 kB", "1.2 MB" (decimal units, as operating systems show them), localized. */
export function formatFileSize(bytes: number, lang: Locale): string {
  const [unit, value] = bytes >= 1_000_000 ? ['megabyte', bytes / 1_000_000] as const
    : bytes >= 1000 ? ['kilobyte', bytes / 1000] as const : ['byte', bytes] as const;
  return new Intl.NumberFormat(localeInfo[lang].intlTag, {
    style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: unit === 'megabyte' && value < 10 ? 1 : 0,
  }).format(value);
}

/** "JPEG, 1600 × 1067 px, 163 kB" or "PDF, 1.2 MB". */
export function describeFile(file: { extension: string; bytes: number }, lang: Locale, pixels?: { width: number; height: number }): string {
  const size = pixels ? `${pixels.width} × ${pixels.height} px, ` : '';
  return `${fileTypeLabel(file.extension)}, ${size}${formatFileSize(file.bytes, lang)}`;
}

/**
 * The card design as a satori element tree (plain objects, no JSX, so the
 * worker runs this file with Node's type stripping). Colours follow
 * src/styles/global.css. Changing anything here that moves pixels requires
 * bumping TEMPLATE_VERSION in constants.ts.
 */
import { CARD_HEIGHT, CARD_WIDTH } from './constants.ts';
import { CARD_FONT_FAMILY } from './fonts.ts';

/** Everything a card shows, already localized: the cache key is a hash of it. */
export interface CardModel {
  kind: 'release' | 'default';
  lang: string;
  /** Site name in the card's language. */
  brand: string;
  /** "newsroom.example.org/newsroom" */
  host: string;
  /** Release type label ("Press release") – release cards only. */
  label?: string;
  /** Localized date line (an advisory's event time) – release cards only. */
  date?: string;
  /** Headline (release) or site name (default card). */
  title: string;
  /** Tagline on default cards. */
  subtitle?: string;
  /** Issuing organisations, already joined. */
  footer?: string;
  /** The brand's accent colour (links, labels, the bar); default: the site's original teal. */
  accent?: string;
  /** Its light tint, behind the type label. */
  accentSoft?: string;
  /** The brand's logo as a data: URL with its pixel size (drawn by aspect ratio). */
  logo?: CardLogo;
}

/** A logo embedded in the card model, so the model alone decides the pixels (and the cache key). */
export interface CardLogo {
  /** data:image/svg+xml;base64,… or data:image/png;base64,… */
  src: string;
  width: number;
  height: number;
}

/** Minimal element shape satori accepts in place of React elements. */
export interface CardElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[]; src?: string; width?: number; height?: number };
}
type CardChild = CardElement | string;

const INK = '#1b1f24';
const MUTED = '#4f5965';
const DEFAULT_ACCENT = '#0b5a6b';
const DEFAULT_ACCENT_SOFT = '#e6f1f3';
const RULE = '#d5dbe1';

const PAD_X = 80;
const BAR = 20;
/** Height reserved for the headline on release cards. */
const HEADLINE_BOX = 318;

function el(style: Record<string, string | number>, children?: CardChild | CardChild[]): CardElement {
  return { type: 'div', props: { style, children } };
}

/** Font size and line count for a headline: shorter titles get bigger type. */
export function headlineMetrics(title: string): { fontSize: number; lineHeight: number; maxLines: number } {
  const length = [...title].length;
  const fontSize = length <= 45 ? 72 : length <= 80 ? 62 : length <= 120 ? 54 : 48;
  const lineHeight = 1.2;
  return { fontSize, lineHeight, maxLines: Math.floor(HEADLINE_BOX / (fontSize * lineHeight)) };
}

/** The logo scaled to `height`, no wider than `maxWidth`. */
function logoImage(logo: CardLogo, height: number, maxWidth: number, style: Record<string, string | number> = {}): CardElement {
  const scale = Math.min(height / logo.height, maxWidth / logo.width);
  const width = Math.round(logo.width * scale);
  const scaledHeight = Math.round(logo.height * scale);
  return { type: 'img', props: { src: logo.src, width, height: scaledHeight, style: { width, height: scaledHeight, flexShrink: 0, ...style } } };
}

function clamped(text: string, style: Record<string, string | number>, lines: number): CardElement {
  return el({ display: 'block', lineClamp: lines, textOverflow: 'ellipsis', wordBreak: 'break-word', overflow: 'hidden', ...style }, text);
}

const accentOf = (model: CardModel) => model.accent ?? DEFAULT_ACCENT;

function topRow(model: CardModel): CardElement {
  const mark = model.logo
    ? logoImage(model.logo, 56, 200, { marginRight: 18 })
    : el({ width: 18, height: 18, borderRadius: 9, backgroundColor: accentOf(model), marginRight: 16, flexShrink: 0 });
  return el({ display: 'flex', alignItems: 'center', justifyContent: 'space-between', width: '100%' }, [
    // The address keeps its one line; the name gives way (ellipsis).
    el({ display: 'flex', alignItems: 'center', flexShrink: 1, minWidth: 0 }, [
      mark,
      clamped(model.brand, { fontSize: 28, fontWeight: 700, color: accentOf(model) }, 1),
    ]),
    el({ fontSize: 24, color: MUTED, flexShrink: 0, marginLeft: 24 }, model.host),
  ]);
}

function releaseBody(model: CardModel): CardElement[] {
  const metrics = headlineMetrics(model.title);
  return [
    el({ display: 'flex', alignItems: 'center', marginTop: 44 }, [
      el({
        display: 'flex', backgroundColor: model.accentSoft ?? DEFAULT_ACCENT_SOFT, color: accentOf(model), fontSize: 22, fontWeight: 700,
        letterSpacing: 1.5, textTransform: 'uppercase', padding: '6px 14px', borderRadius: 6,
      }, model.label ?? ''),
      clamped(model.date ?? '', { fontSize: 24, color: MUTED, marginLeft: 18, flexShrink: 1 }, 1),
    ]),
    el({ display: 'flex', flexGrow: 1, alignItems: 'flex-start', marginTop: 22, maxHeight: HEADLINE_BOX }, [
      clamped(model.title, {
        fontSize: metrics.fontSize, lineHeight: metrics.lineHeight, fontWeight: 700, color: INK,
        letterSpacing: -0.5, maxWidth: CARD_WIDTH - 2 * PAD_X - BAR,
      }, metrics.maxLines),
    ]),
  ];
}

/** Home, archive and tag pages: brand, tagline, address. */
function defaultBody(model: CardModel): CardElement[] {
  return [
    el({ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
      model.logo
        ? logoImage(model.logo, 120, 480, { marginBottom: 36 })
        : el({ width: 96, height: 8, backgroundColor: accentOf(model), marginBottom: 40 }),
      clamped(model.title, { fontSize: 72, lineHeight: 1.15, fontWeight: 700, color: INK, letterSpacing: -0.5 }, 3),
      ...(model.subtitle ? [clamped(model.subtitle, { fontSize: 36, lineHeight: 1.35, color: MUTED, marginTop: 28 }, 2)] : []),
    ]),
    el({ display: 'flex', borderTop: `2px solid ${RULE}`, paddingTop: 22, width: '100%' }, [
      el({ fontSize: 28, fontWeight: 700, color: accentOf(model) }, model.host),
    ]),
  ];
}

function footer(model: CardModel): CardElement {
  return el({ display: 'flex', borderTop: `2px solid ${RULE}`, paddingTop: 22, width: '100%', minHeight: 60 }, [
    clamped(model.footer ?? '', { fontSize: 26, color: MUTED, lineHeight: 1.3 }, 1),
  ]);
}

/** The whole card for satori. */
export function cardElement(model: CardModel): CardElement {
  return el({
    display: 'flex', width: CARD_WIDTH, height: CARD_HEIGHT, backgroundColor: '#ffffff',
    fontFamily: CARD_FONT_FAMILY, color: INK,
  }, [
    el({ width: BAR, height: '100%', backgroundColor: accentOf(model), flexShrink: 0 }),
    el({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `52px ${PAD_X}px 44px ${PAD_X - BAR}px` }, [
      ...(model.kind === 'release' ? [topRow(model), ...releaseBody(model), footer(model)] : defaultBody(model)),
    ]),
  ]);
}

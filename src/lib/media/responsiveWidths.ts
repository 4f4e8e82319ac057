/**
 * The widths a photo is resized to for `srcset`. The release column is
 * 42rem (about 700 CSS px), so 480 serves phones, 800 a desktop column, 1200
 * and 1600 the same on high-density screens; larger originals are offered
 * through the "Download high resolution" link instead.
 */
const STEPS = [480, 800, 1200, 1600];

/** Widths below the original's, then the original's own (at most the largest step). */
export function responsiveWidths(originalWidth: number): number[] {
  const largest = Math.min(originalWidth, STEPS.at(-1)!);
  return [...STEPS.filter((width) => width < largest), largest];
}

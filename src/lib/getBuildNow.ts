/**
 * The instant this build treats as "now" for embargoes and upcoming events:
 * the real clock unless BUILD_NOW is set (ISO 8601 with an offset, e.g.
 * "2026-05-01T09:00:00+06:00"), which makes builds reproducible and lets
 * authors preview what the site will look like after an embargo lifts.
 */
export function getBuildNow(env: Record<string, string | undefined> = process.env): Date {
  const raw = env.BUILD_NOW?.trim();
  if (!raw) return new Date();
  const instant = /(Z|[+-]\d{2}:?\d{2})$/.test(raw) ? new Date(raw) : new Date(Number.NaN);
  if (Number.isNaN(instant.getTime())) {
    throw new Error(
      `[newsroom] BUILD_NOW="${raw}" is not an ISO 8601 instant with a time zone. ` +
        'Use e.g. BUILD_NOW=2026-05-01T09:00:00+06:00, or unset it to use the real clock.',
    );
  }
  return instant;
}

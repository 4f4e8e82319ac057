/**
 * The leak guard: an embargoed release committed to a public repository can
 * be read on GitHub from the moment it is pushed, hours before the site
 * shows it. The build cannot undo that, but it can stop and say so loudly,
 * on the push that leaked it, instead of publishing as if all were well.
 */
import { formatLocalDateTime } from '../formatDate.ts';
import { getVisibility, publicationInstant, type PublicationFields } from '../isPublic.ts';
import type { VisibilityReading } from './repositoryVisibility.ts';

/** A release translation as the guard sees it. */
export interface GuardedRelease {
  /** The release folder. */
  slug: string;
  lang: string;
  data: PublicationFields;
}

/** One finding: an error stops the build, a warning is printed. */
export interface VisibilityFinding {
  severity: 'error' | 'warning';
  message: string;
}

export interface GuardInput {
  /** From readRepositoryVisibility; undefined outside GitHub Actions. */
  reading: VisibilityReading | undefined;
  releases: readonly GuardedRelease[];
  now: Date;
  timeZone: string;
  /**
   * True when the content comes from another repository than the one the
   * payload describes (CONTENT_ROOT pointing at a checkout of its own): the
   * payload says nothing about who can read that one.
   */
  separateContentRepository: boolean;
}

const SAFE_SETUPS = [
  'Choose one of the safe set-ups (README.md, section "Deploy"):',
  '  1. Keep the repository private and deploy it with a host that serves private repositories: GitHub Pages on a paid or nonprofit plan, Cloudflare Pages or Netlify.',
  '  2. Keep the site\'s code public and the content in a private repository, which the workflow checks out with a deploy key and the build reads through CONTENT_ROOT.',
  '  3. Commit an embargoed or future-dated release only once its time has passed.',
].join('\n');

/** Folders of releases still waiting for their embargo or date, with the instant each goes public. */
function waitingFolders(releases: readonly GuardedRelease[], now: Date): Map<string, { at: Date; embargoed: boolean }> {
  const folders = new Map<string, { at: Date; embargoed: boolean }>();
  for (const release of releases) {
    const visibility = getVisibility(release.data, now);
    if (visibility !== 'embargoed' && visibility !== 'scheduled') continue;
    const at = publicationInstant(release.data);
    const known = folders.get(release.slug);
    // Translations agree on their dates (validation checks it); if not, the latest instant is the honest one.
    folders.set(release.slug, {
      at: known && known.at.getTime() > at.getTime() ? known.at : at,
      embargoed: visibility === 'embargoed' || known?.embargoed === true,
    });
  }
  return folders;
}

/** Folders holding draft translations, with their file names. */
function draftFolders(releases: readonly GuardedRelease[]): Map<string, string[]> {
  const folders = new Map<string, string[]>();
  for (const release of releases) {
    if (release.data.draft) folders.set(release.slug, [...(folders.get(release.slug) ?? []), `${release.lang}.md`]);
  }
  return folders;
}

function waitingList(folders: Map<string, { at: Date; embargoed: boolean }>, timeZone: string): string {
  return [...folders]
    .sort(([, a], [, b]) => a.at.getTime() - b.at.getTime())
    .map(([slug, { at, embargoed }]) => `  content/releases/${slug}/  ${embargoed ? 'embargoed until' : 'dated'} ${formatLocalDateTime(at, timeZone)} ${timeZone} (${at.toISOString()})`)
    .join('\n');
}

function draftList(folders: Map<string, string[]>): string {
  return [...folders].sort(([a], [b]) => (a < b ? -1 : 1)).map(([slug, files]) => `  content/releases/${slug}/  (${files.join(', ')})`).join('\n');
}

/**
 * What the build should say about unpublished releases, given who can read
 * the repository: nothing outside GitHub Actions, for a private repository
 * or when the content lives in a repository of its own.
 */
export function checkRepositoryVisibility(input: GuardInput): VisibilityFinding[] {
  const { reading, releases, now, timeZone } = input;
  if (reading === undefined || input.separateContentRepository) return [];
  if ('visibility' in reading && reading.visibility === 'private') return [];
  const waiting = waitingFolders(releases, now);
  const drafts = draftFolders(releases);
  const findings: VisibilityFinding[] = [];
  if (!('visibility' in reading)) {
    if (waiting.size > 0) {
      findings.push({
        severity: 'warning',
        message: `Could not tell whether this repository is public: ${reading.unknown}. If it is, anyone can read these releases on GitHub before the site publishes them:\n${waitingList(waiting, timeZone)}\n${SAFE_SETUPS}`,
      });
    }
    return findings;
  }
  const name = reading.repository ? ` (${reading.repository})` : '';
  if (reading.visibility === 'internal') {
    if (waiting.size > 0) {
      findings.push({
        severity: 'warning',
        message: `This repository${name} is internal: every member of your GitHub Enterprise can read these releases before the site publishes them:\n${waitingList(waiting, timeZone)}\nIf the embargo must hold inside the enterprise too, make the repository private.`,
      });
    }
    return findings;
  }
  if (waiting.size > 0) {
    findings.push({
      severity: 'error',
      message: [
        `Embargoed releases are readable on GitHub now. This repository${name} is public, and it holds releases the site must not show before their time:`,
        waitingList(waiting, timeZone),
        'Anyone can open these files, and the commits that added them, on GitHub before the site publishes them: the embargo is broken for whoever looks. The build stopped so that this does not go unnoticed; it goes through again once every release listed is due.',
        'Right away, if the embargo still matters: make the repository private (Settings → General → Danger Zone → Change visibility). Deleting the files is not enough: the commit history keeps them.',
        SAFE_SETUPS,
      ].join('\n'),
    });
  }
  if (drafts.size > 0) {
    findings.push({
      severity: 'warning',
      message: `Drafts are readable on GitHub: this repository${name} is public, so anyone can read these drafts there, although the site never shows them:\n${draftList(drafts)}\nKeep a draft that must not be read yet out of this repository until it is ready (README.md, section "Deploy").`,
    });
  }
  return findings;
}

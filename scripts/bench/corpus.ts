/**
 * Synthetic newsroom corpus for the benchmark: N releases × ky/ru/en under
 * `<root>/content/releases/<YYYY-MM-DD-slug>/<lang>.md`, plus organisations,
 * tags and the about page. Deterministic from a seed: the same N and seed
 * give byte-identical files, so every run and both sites read the same text.
 *
 * Realism, roughly what a coalition newsroom writes over a decade: bodies of
 * about 600 words with headings, lists, a quote, links and bold text; 1–3
 * tags; a quarter media advisories with full event blocks; some contacts;
 * about 6 % of releases lack one translation (a warning, not an error).
 * Every file passes `npm run validate` with 0 errors.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Lang = 'ky' | 'ru' | 'en';
export const LANGS: readonly Lang[] = ['ky', 'ru', 'en'];

/** mulberry32: small, fast, good enough for picking words. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORGS = ['civic-monitor', 'clean-water-coalition', 'women-rights-network'] as const;
const ORG_NAMES: Record<(typeof ORGS)[number], Record<Lang, string>> = {
  'civic-monitor': { ky: '«Жарандык көзөмөл» коомдук фонду', ru: 'Общественный фонд «Гражданский контроль»', en: 'Civic Oversight Public Foundation' },
  'clean-water-coalition': { ky: '«Таза суу» коалициясы', ru: 'Коалиция «Чистая вода»', en: 'Clean Water Coalition' },
  'women-rights-network': { ky: 'Аялдардын укуктары тармагы', ru: 'Сеть за права женщин', en: "Women's Rights Network" },
};

const TAGS = ['water', 'elections', 'gender', 'climate', 'health', 'education', 'human-rights', 'youth'] as const;

/** Topic words per language, indexed together (topic i means the same in every language). */
const TOPICS: Record<Lang, string[]> = {
  ky: ['айылдык суу менен камсыздоо', 'жергиликтүү шайлоолор', 'аялдардын саясий катышуусу', 'климаттын өзгөрүшү', 'баштапкы саламаттыкты сактоо', 'мектептердеги билим берүү', 'адам укуктарын коргоо', 'жаштардын жарандык активдүүлүгү', 'коомдук кеңештердин иши', 'бюджеттин ачык-айкындуулугу'],
  ru: ['сельское водоснабжение', 'местные выборы', 'политическое участие женщин', 'изменение климата', 'первичная медико-санитарная помощь', 'школьное образование', 'защита прав человека', 'гражданская активность молодёжи', 'работа общественных советов', 'прозрачность бюджета'],
  en: ['rural water supply', 'local elections', "women's political participation", 'climate change', 'primary health care', 'school education', 'human rights protection', 'civic engagement of young people', 'the work of public councils', 'budget transparency'],
};
const PLACES: Record<Lang, string[]> = {
  ky: ['Бишкек', 'Ош', 'Нарын', 'Талас', 'Каракол', 'Жалал-Абад', 'Баткен', 'Токмок'],
  ru: ['Бишкек', 'Ош', 'Нарын', 'Талас', 'Каракол', 'Джалал-Абад', 'Баткен', 'Токмок'],
  en: ['Bishkek', 'Osh', 'Naryn', 'Talas', 'Karakol', 'Jalal-Abad', 'Batken', 'Tokmok'],
};
const TITLE_VERBS: Record<Lang, string[]> = {
  ky: ['Коалиция {topic} боюнча баяндама жарыялады', '{place}: {topic} боюнча коомдук угуулар өттү', '{topic}: жарандык коомдун сунуштары', '{place} шаарында {topic} боюнча мониторингдин жыйынтыктары', 'Уюмдар {topic} маселесин көтөрүштү'],
  ru: ['Коалиция опубликовала доклад: {topic}', '{place}: прошли общественные слушания — {topic}', '{topic}: рекомендации гражданского общества', 'Итоги мониторинга в городе {place}: {topic}', 'Организации подняли вопрос: {topic}'],
  en: ['Coalition publishes report on {topic}', '{place}: public hearings held on {topic}', '{topic}: civil society recommendations', 'Monitoring results in {place}: {topic}', 'Organisations raise concerns about {topic}'],
};
const SUMMARIES: Record<Lang, string> = {
  ky: '{place} шаарында {n} катышуучу {topic} боюнча жаңы маалыматтарды жана сунуштарды талкуулашты.',
  ru: 'В городе {place} {n} участников обсудили новые данные и рекомендации: {topic}.',
  en: 'In {place}, {n} participants discussed new findings and recommendations on {topic}.',
};
/** Sentence templates; {topic} {place} {n} {year} {org} are filled per release. */
const SENTENCES: Record<Lang, string[]> = {
  ky: [
    '{org} {year}-жылы {place} шаарында {topic} боюнча көз карандысыз изилдөө жүргүзгөн.',
    'Изилдөөгө {n} үй-бүлө жана жергиликтүү өз алдынча башкаруу органдарынын өкүлдөрү катышты.',
    'Жыйынтыктар көрсөткөндөй, көйгөйлөрдүн көпчүлүгү каржылоонун жетишсиздигинен жана маалыматтын жоктугунан келип чыгат.',
    'Коалиция мамлекеттик органдарды ачык маалымат берүүгө жана жарандар менен үзгүлтүксүз кеңешүүгө чакырат.',
    'Жергиликтүү жамааттар маселени чечүүдө маанилүү ролду ойнойт, бирок аларга тажрыйба жана ресурстар керек.',
    'Баяндамада {n} сунуш камтылган, алардын ар бири үчүн жооптуу органдар жана мөөнөттөр көрсөтүлгөн.',
    'Эксперттердин баамында, акыркы беш жылда абал бир аз жакшырды, бирок айыл жериндеги айырмачылык дагы эле чоң.',
    'Иш-чарага журналисттер, жарандык активисттер жана эл аралык уюмдардын өкүлдөрү катышты.',
    'Уюм маалыматтарды ачык маалымат базасында жарыялап, аларды ар бир чейрек сайын жаңыртып турат.',
    'Талкуунун жыйынтыгы боюнча катышуучулар биргелешкен билдирүүнү кабыл алышты.',
    'Мындан ары мониторинг {place} облусунун дагы {n} айылын камтыйт.',
    'Долбоор өнөктөштөрдүн каржылык колдоосу менен ишке ашырылууда.',
  ],
  ru: [
    '{org} в {year} году провёл независимое исследование в городе {place}; тема: {topic}.',
    'В исследовании приняли участие {n} семей, а также представители органов местного самоуправления.',
    'Результаты показывают, что большинство проблем связано с нехваткой финансирования и отсутствием информации.',
    'Коалиция призывает государственные органы открыто публиковать данные и регулярно консультироваться с гражданами.',
    'Местные сообщества играют важную роль в решении проблемы, но им нужны опыт и ресурсы.',
    'Доклад содержит {n} рекомендаций, для каждой из которых указаны ответственные органы и сроки.',
    'По оценке экспертов, за последние пять лет ситуация несколько улучшилась, однако разрыв между городом и селом остаётся большим.',
    'В мероприятии приняли участие журналисты, гражданские активисты и представители международных организаций.',
    'Организация публикует данные в открытой базе и обновляет их каждый квартал.',
    'По итогам обсуждения участники приняли совместное заявление.',
    'В дальнейшем мониторинг охватит ещё {n} сёл региона {place}.',
    'Проект реализуется при финансовой поддержке партнёров.',
  ],
  en: [
    'In {year}, {org} carried out an independent study in {place} on {topic}.',
    'The study involved {n} households as well as representatives of local self-government bodies.',
    'The findings show that most problems stem from a lack of funding and a lack of information.',
    'The coalition calls on state bodies to publish data openly and to consult citizens regularly.',
    'Local communities play an important role in solving the problem, but they need experience and resources.',
    'The report contains {n} recommendations, each with the responsible body and a deadline.',
    'Experts say the situation has improved slightly over the past five years, but the gap between town and countryside remains wide.',
    'Journalists, civic activists and representatives of international organisations took part in the event.',
    'The organisation publishes its data in an open database and updates it every quarter.',
    'At the end of the discussion, the participants adopted a joint statement.',
    'Next, the monitoring will cover another {n} villages in the {place} region.',
    'The project is carried out with the financial support of partners.',
  ],
};
const HEADINGS: Record<Lang, string[]> = {
  ky: ['Негизги жыйынтыктар', 'Сунуштар', 'Контекст', 'Кийинки кадамдар'],
  ru: ['Основные выводы', 'Рекомендации', 'Контекст', 'Следующие шаги'],
  en: ['Key findings', 'Recommendations', 'Background', 'Next steps'],
};
const QUOTE_INTRO: Record<Lang, string> = { ky: '— дейт коалициянын төрагасы.', ru: '— говорит председатель коалиции.', en: 'said the chair of the coalition.' };
const MORE: Record<Lang, string> = { ky: 'Толук баяндама', ru: 'Полный доклад', en: 'Full report' };
const EVENT_TEXT: Record<Lang, { venue: string; address: string; registration: string; accessibility: string }> = {
  ky: { venue: '«Ала-Тоо» медиа-хабы, конференц-зал', address: 'Бишкек ш., Чүй проспектиси, 155, 2-кабат', registration: 'press@example.org дарегине кат жазып катталыңыз', accessibility: 'Имаратта лифт жана пандус бар.' },
  ru: { venue: 'Медиа-хаб «Ала-Тоо», конференц-зал', address: 'г. Бишкек, проспект Чуй, 155, 2-й этаж', registration: 'Аккредитация по адресу press@example.org', accessibility: 'В здании есть лифт и пандус.' },
  en: { venue: 'Ala-Too Media Hub, conference hall', address: '155 Chui Avenue, 2nd floor, Bishkek', registration: 'Accreditation via press@example.org', accessibility: 'The building has a lift and a ramp.' },
};

const SLUG_WORDS = ['water', 'forum', 'report', 'monitoring', 'elections', 'women', 'youth', 'climate', 'health', 'schools', 'budget', 'councils', 'rights', 'hearing', 'study', 'naryn', 'osh', 'talas', 'villages', 'briefing'];
const TYPES = ['press-release', 'press-release', 'press-release', 'press-release', 'media-advisory', 'media-advisory', 'statement', 'news'] as const;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

const pad = (value: number) => String(value).padStart(2, '0');
const dateOnly = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const yamlString = (value: string) => JSON.stringify(value);

export interface CorpusOptions {
  releases: number;
  seed: number;
  /** Folder that receives `content/`. */
  root: string;
  /** Releases are dated up to this day (before the benchmark's BUILD_NOW). */
  lastDay?: string;
}

export interface CorpusReport {
  releases: number;
  files: number;
  missingTranslations: number;
  advisories: number;
  words: number;
  /** Folder names, in date order (the benchmark edits one of them). */
  slugs: string[];
}

/** One release translation as Markdown. */
function releaseMarkdown(lang: Lang, fields: {
  type: string; date: string; organization: string; tags: string[]; topic: number; place: number; n: number; year: number;
  sentences: number[]; paragraphs: number[]; withContacts: boolean; eventStart?: string; eventEnd?: string; titleVariant: number;
}): { text: string; words: number } {
  const values = {
    topic: TOPICS[lang][fields.topic]!, place: PLACES[lang][fields.place]!, n: fields.n, year: fields.year,
    org: ORG_NAMES[fields.organization as (typeof ORGS)[number]][lang],
  };
  const title = fill(TITLE_VERBS[lang][fields.titleVariant]!, values);
  const capitalized = title.charAt(0).toUpperCase() + title.slice(1);
  const lines = [
    '---',
    `title: ${yamlString(capitalized)}`,
    `summary: ${yamlString(fill(SUMMARIES[lang], values))}`,
    `type: ${fields.type}`,
    `date: ${yamlString(fields.date)}`,
    `organization: ${fields.organization}`,
    `tags: [${fields.tags.join(', ')}]`,
    `dateline: ${yamlString(PLACES[lang][fields.place]!)}`,
  ];
  if (fields.withContacts) {
    lines.push('contacts:', '  - name: "Press service"', `    email: press@${fields.organization}.example.org`, '    phone: "+996 312 905 114"');
  }
  if (fields.eventStart) {
    const event = EVENT_TEXT[lang];
    lines.push(
      'event:',
      `  start: ${yamlString(fields.eventStart)}`,
      `  end: ${yamlString(fields.eventEnd!)}`,
      `  venue: ${yamlString(event.venue)}`,
      `  address: ${yamlString(event.address)}`,
      `  livestream: https://live.example.org/${fields.date.slice(0, 10)}`,
      `  registration: ${yamlString(event.registration)}`,
      '  languages: [ky, ru, en]',
      '  interpretation: true',
      `  accessibility: ${yamlString(event.accessibility)}`,
    );
  }
  lines.push('---', '');
  // Body: lede, sections with paragraphs, one list, one quote, one link.
  const sentence = (index: number) => fill(SENTENCES[lang][index % SENTENCES[lang].length]!, values);
  let cursor = 0;
  const paragraph = (count: number) => fields.sentences.slice(cursor, (cursor += count)).map(sentence).join(' ');
  const body: string[] = [`**${values.place}, ${fields.date.slice(0, 10)}.** ${paragraph(fields.paragraphs[0]!)}`];
  HEADINGS[lang].forEach((heading, index) => {
    body.push(`## ${heading}`);
    body.push(paragraph(fields.paragraphs[index + 1]!));
    if (index === 0) body.push(fields.sentences.slice(cursor, (cursor += 4)).map((item) => `- ${sentence(item)}`).join('\n'));
    if (index === 1) body.push(`> «${sentence(fields.sentences[cursor++]!)}» ${QUOTE_INTRO[lang]}`);
    body.push(paragraph(fields.paragraphs[index + 5]!));
  });
  body.push(`${MORE[lang]}: [${values.org}](https://${fields.organization}.example.org/reports/${fields.year}).`);
  const text = `${lines.join('\n')}\n${body.join('\n\n')}\n`;
  return { text, words: body.join(' ').split(/\s+/).length };
}

/** Writes the corpus (replacing `<root>/content`). */
export function generateCorpus(options: CorpusOptions): CorpusReport {
  const next = random(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const content = join(options.root, 'content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, 'releases'), { recursive: true });

  // Organisations, tags and pages: the repository's own (small, valid, realistic).
  const projectContent = join(import.meta.dirname, '..', '..', 'content');
  mkdirSync(join(content, 'organizations'), { recursive: true });
  for (const id of ORGS) writeFileSync(join(content, 'organizations', `${id}.yml`), readFileSync(join(projectContent, 'organizations', `${id}.yml`)));
  writeFileSync(join(content, 'tags.yml'), readFileSync(join(projectContent, 'tags.yml')));
  for (const lang of LANGS) {
    mkdirSync(join(content, 'pages', 'about'), { recursive: true });
    writeFileSync(join(content, 'pages', 'about', `${lang}.md`), readFileSync(join(projectContent, 'pages', 'about', `${lang}.md`)));
  }

  // Releases spread evenly over ten years, ending at lastDay.
  const last = Date.parse(`${options.lastDay ?? '2026-11-20'}T00:00:00Z`);
  const span = 10 * 365 * 86_400_000;
  const report: CorpusReport = { releases: options.releases, files: 0, missingTranslations: 0, advisories: 0, words: 0, slugs: [] };
  const used = new Set<string>();
  for (let index = 0; index < options.releases; index++) {
    const day = new Date(last - span + Math.floor((span * (index + 1)) / options.releases));
    const day0 = dateOnly(day);
    let slug = `${day0}-${pick(SLUG_WORDS)}-${pick(SLUG_WORDS)}`;
    while (used.has(slug)) slug += `-${int(2, 99)}`;
    used.add(slug);
    report.slugs.push(slug);
    const type = pick(TYPES);
    const withTime = next() < 0.5;
    const date = withTime ? `${day0}T${pad(int(8, 17))}:${pick(['00', '30'])}` : day0;
    const organization = pick(ORGS);
    const tagCount = int(1, 3);
    const tags = [...new Set(Array.from({ length: tagCount }, () => pick(TAGS)))];
    const sentences = Array.from({ length: 60 }, () => int(0, 1000));
    const paragraphs = Array.from({ length: 9 }, () => int(4, 6));
    const fields = {
      type, date, organization, tags, topic: int(0, 9), place: int(0, 7), n: int(12, 900), year: day.getUTCFullYear(),
      sentences, paragraphs, withContacts: next() < 0.3, titleVariant: int(0, 4),
      ...(type === 'media-advisory'
        ? (() => {
            const start = new Date(day.getTime() + 2 * 86_400_000);
            const hour = int(9, 15);
            return { eventStart: `${dateOnly(start)}T${pad(hour)}:00`, eventEnd: `${dateOnly(start)}T${pad(hour + 2)}:00` };
          })()
        : {}),
    };
    if (type === 'media-advisory') report.advisories++;
    // About 6 % of releases lack one translation (never Russian, the working language).
    const missing = next() < 0.06 ? pick(['ky', 'en'] as const) : undefined;
    if (missing) report.missingTranslations++;
    mkdirSync(join(content, 'releases', slug));
    for (const lang of LANGS) {
      if (lang === missing) continue;
      const { text, words } = releaseMarkdown(lang, fields);
      writeFileSync(join(content, 'releases', slug, `${lang}.md`), text);
      report.files++;
      report.words += words;
    }
  }
  return report;
}

/**
 * The project's own sample `content/`, copied to `<root>/content` (so the
 * benchmark's edits never touch the checkout), described like a generated corpus.
 */
export function copyProjectContent(root: string): CorpusReport {
  const content = join(root, 'content');
  rmSync(content, { recursive: true, force: true });
  cpSync(join(import.meta.dirname, '..', '..', 'content'), content, { recursive: true });
  const slugs = readdirSync(join(content, 'releases')).filter((slug) => !slug.startsWith('.')).sort();
  const report: CorpusReport = { releases: slugs.length, files: 0, missingTranslations: 0, advisories: 0, words: 0, slugs };
  for (const slug of slugs) {
    const texts = LANGS.filter((lang) => existsSync(join(content, 'releases', slug, `${lang}.md`)))
      .map((lang) => readFileSync(join(content, 'releases', slug, `${lang}.md`), 'utf8'));
    if (texts.length < LANGS.length) report.missingTranslations++;
    if (texts.some((text) => /^type:\s*media-advisory\s*$/m.test(text))) report.advisories++;
    report.files += texts.length;
    report.words += texts.reduce((sum, text) => sum + text.replace(/^---[\s\S]*?\n---\n/, '').split(/\s+/).filter(Boolean).length, 0);
  }
  return report;
}

/**
 * Simulates an author's correction of one release in every language: the
 * title gains a revision mark (so its social cards change) and the lede a
 * sentence. Returns the files changed.
 */
export function editRelease(root: string, slug: string, revision: number): string[] {
  const changed: string[] = [];
  for (const lang of LANGS) {
    const file = join(root, 'content', 'releases', slug, `${lang}.md`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const edited = text
      .replace(/^title: "(.*?)(?: \(\d+\))?"$/m, (_, title: string) => `title: "${title} (${revision})"`)
      .replace(/^(\*\*[^\n]*?\*\*) (?:\[\d+\] )?/m, (_, lead: string) => `${lead} [${revision}] `);
    writeFileSync(file, edited);
    changed.push(file);
  }
  return changed;
}

/**
 * The notes `npm run new` writes into new files, in the language of the file
 * being created: authors read them in the language they are writing in.
 * Notes that start with PLACEHOLDER ("TODO:") must be resolved before the
 * release can be published (src/lib/content/placeholderProblems.ts).
 */
import type { Locale } from '../../src/i18n/locales.ts';
import { PLACEHOLDER as T } from '../../src/lib/content/placeholderProblems.ts';

/** Everything a template says, per language. `zone` is the site zone as the UI strings name it. */
export interface TemplateNotes {
  summary: string;
  body: string;
  date(zone: string): string;
  tags: string;
  /** The commented `# project:` line: a donor-funded release names its project. */
  project: string;
  dateline: string;
  /** Example value of dateline in this language. */
  datelineExample: string;
  embargo: string;
  draft: string;
  eventStart(zone: string): string;
  eventEnd: string;
  venue: string;
  address: string;
  map: string;
  phone: string;
  livestream: string;
  registration: string;
  languages: string;
  interpretation: string;
  accessibility: string;
  status: string;
  /** Beside each text a translation must translate. */
  translate: string;
  /** Beside `translated:` in a translation of a release that came out earlier. */
  translated: string;
  /** First line of a translation's text, above the copied source text. */
  translateBody(sourceLang: Locale): string;
  organization: { header: string; name: string; about: string; website: string; logo: string; contactName: string; contactRole: string; email: string; phone: string };
  /** What `npm run new` prints after creating a file: the next steps, in the author's language. */
  next: { release(guide: string): string; translation(source: Locale): string; organization(command: string): string };
}

export const templateNotes: Record<Locale, TemplateNotes> = {
  ky: {
    summary: `${T} бир-эки сүйлөм менен негизги маалымат (160 белгиден ашпасын)`,
    body: `${T} материалдын тексти. Аталышты, байланыштарды жана «… жөнүндө» абзацын кайталабаңыз: сайт аларды өзү кошот.`,
    date: (zone) => `жарыялоо күнү жана убактысы (${zone}); убакыт келе элек болсо, материал ошол убакта жарыяланат`,
    tags: 'темалар: content/tags.yml файлындагы id, мисалы [water, youth]',
    project: 'донор каржылаган долбоордун материалы болсо: # белгисин өчүрүп, content/projects/ ичиндеги id\'ни жазыңыз; донордун эскертүүсү өзү кошулат',
    dateline: `${T} материал кайсы шаардан таратылат; туура болсо, бул эскертүүнү өчүрүңүз`,
    datelineExample: 'Бишкек',
    embargo: 'эмбарго: бул убакытка чейин эч жерде жарыяланбайт; керек болсо, сап башындагы «# » белгисин өчүрүңүз',
    draft: 'материал жарыялоого даяр болгондо бул сапты өчүрүңүз',
    eventStart: (zone) => `${T} иш-чаранын чыныгы башталыш убактысы (${zone}), анан бул эскертүүнү өчүрүңүз`,
    eventEnd: `${T} чыныгы аяктоо убактысы, же бул сапты өчүрүңүз`,
    venue: `${T} өтүүчү жери (имарат, зал)`,
    address: `${T} дареги (көчө, үй, шаар)`,
    map: `${T} 2ГИС же Google Maps шилтемеси, же бул сапты өчүрүңүз`,
    phone: `${T} өтүүчү жердин телефону, же бул сапты өчүрүңүз`,
    livestream: `${T} түз эфирдин шилтемеси, же бул сапты өчүрүңүз`,
    registration: `${T} кантип катталса болот (эл. почта, телефон, мөөнөтү), же бул сапты өчүрүңүз`,
    languages: 'иш-чаранын тилдери: ky (кыргызча), ru (орусча), en (англисче)',
    interpretation: 'синхрондук котормо болсо: true',
    accessibility: `${T} мүмкүнчүлүгү чектелген адамдар үчүн шарттар (пандус, жаңсоо тили), же бул сапты өчүрүңүз`,
    status: 'scheduled = өтөт, postponed = кийинкиге калды, cancelled = жокко чыгарылды',
    translate: `${T} кыргызчага которуңуз`,
    translated: `${T} draft сабын өчүргөн күндү жана убакытты жазыңыз (азыр бул файл түзүлгөн убакыт), анан бул эскертүүнү өчүрүңүз`,
    translateBody: (source) => `${T} төмөнкү текст ${source}.md файлынан көчүрүлдү: кыргызчага которуп, бул сапты өчүрүңүз.`,
    organization: {
      header: 'Уюм: аталышы жана «… жөнүндө» абзацы бул уюмдун ар бир материалынын астында чыгат.',
      name: `${T} уюмдун толук аталышы`,
      about: `${T} уюм жөнүндө 2–3 сүйлөм: ким, эмне менен алектенет, качантан бери`,
      website: `${T} уюмдун сайты, же бул сапты өчүрүңүз`,
      logo: 'логотип: файлды public/logos/ папкасына салып, сап башындагы «# » белгисин өчүрүңүз',
      contactName: `${T} басма сөз катчысынын аты-жөнү`,
      contactRole: 'Басма сөз катчысы',
      email: `${T} чыныгы эл. почта`,
      phone: `${T} чыныгы телефон, же бул сапты өчүрүңүз`,
    },
    next: {
      release: (guide) => `Бардык TODO'лорду толтуруп, «draft: true» сабын өчүрүңүз, анан: npm run validate  (колдонмо: ${guide})`,
      translation: (source) => `${source}.md файлынын бардык талаалары көчүрүлдү: «# TODO:» белгиси бар ар бир сапты которуп, эскертүүнү өчүрүңүз.`,
      organization: (command) => `Бардык TODO'лорду толтуруңуз, анан: ${command}`,
    },
  },
  ru: {
    summary: `${T} одно-два предложения с главным (не длиннее 160 знаков)`,
    body: `${T} текст материала. Не повторяйте заголовок, контакты и абзац «О …»: сайт добавит их сам.`,
    date: (zone) => `дата и время публикации (${zone}); если время ещё не наступило, материал ждёт его`,
    tags: 'темы: идентификаторы из content/tags.yml, например [water, youth]',
    project: 'если материал финансирует донор: уберите # и укажите идентификатор проекта из content/projects/; оговорка донора добавится сама',
    dateline: `${T} город, откуда распространяется материал; если верно, удалите эту пометку`,
    datelineExample: 'Бишкек',
    embargo: 'эмбарго: до этого момента материал нигде не публикуется; чтобы включить, удалите «# » в начале строки',
    draft: 'удалите эту строку, когда материал готов к публикации',
    eventStart: (zone) => `${T} настоящее время начала (${zone}), затем удалите эту пометку`,
    eventEnd: `${T} настоящее время окончания или удалите строку`,
    venue: `${T} место проведения (здание, зал)`,
    address: `${T} адрес (улица, дом, город)`,
    map: `${T} ссылка на 2ГИС или Google Maps или удалите строку`,
    phone: `${T} телефон места проведения или удалите строку`,
    livestream: `${T} ссылка на трансляцию или удалите строку`,
    registration: `${T} как аккредитоваться (e-mail, телефон, срок) или удалите строку`,
    languages: 'языки мероприятия: ky (кыргызский), ru (русский), en (английский)',
    interpretation: 'если будет синхронный перевод: true',
    accessibility: `${T} условия для людей с инвалидностью (пандус, жестовый язык) или удалите строку`,
    status: 'scheduled = состоится, postponed = перенесено, cancelled = отменено',
    translate: `${T} переведите на русский`,
    translated: `${T} впишите дату и время, когда удалите строку draft (сейчас здесь время создания файла), затем удалите эту пометку`,
    translateBody: (source) => `${T} текст ниже скопирован из ${source}.md: переведите его на русский и удалите эту строку.`,
    organization: {
      header: 'Организация: название и абзац «О …» выводятся под каждым её материалом.',
      name: `${T} полное название организации`,
      about: `${T} 2–3 предложения об организации: кто вы, чем занимаетесь, с какого года`,
      website: `${T} сайт организации или удалите строку`,
      logo: 'логотип: положите файл в папку public/logos/ и удалите «# » в начале строки',
      contactName: `${T} имя и фамилия пресс-секретаря`,
      contactRole: 'Пресс-секретарь',
      email: `${T} настоящий e-mail`,
      phone: `${T} настоящий телефон или удалите строку`,
    },
    next: {
      release: (guide) => `Заполните все TODO, удалите строку «draft: true», затем: npm run validate  (руководство: ${guide})`,
      translation: (source) => `Скопированы все поля ${source}.md: переведите каждую строку с пометкой «# TODO:» и удалите пометку.`,
      organization: (command) => `Заполните все TODO, затем: ${command}`,
    },
  },
  en: {
    summary: `${T} one or two sentences: the lede, under 160 characters`,
    body: `${T} the text of the release. Do not repeat the title, contacts or the "About" paragraph: the site adds them.`,
    date: (zone) => `publication date (and time, ${zone}); a later time waits until then`,
    tags: 'ids from content/tags.yml, e.g. [water, youth]',
    project: 'if a donor funds this release: remove the # and write the project id from content/projects/; the donor\'s disclaimer is added for you',
    dateline: `${T} the city the release is issued from; if it is right, delete this note`,
    datelineExample: 'Bishkek',
    embargo: 'publish nowhere before this instant; to use it, delete the "# " at the start of the line',
    draft: 'remove this line when the release is ready to publish',
    eventStart: (zone) => `${T} the real start (${zone}), then delete this note`,
    eventEnd: `${T} the real end, or delete this line`,
    venue: `${T} venue (building, hall)`,
    address: `${T} address (street, number, city)`,
    map: `${T} link to the venue on 2GIS or Google Maps, or delete this line`,
    phone: `${T} the venue's telephone, or delete this line`,
    livestream: `${T} link to the livestream, or delete this line`,
    registration: `${T} how to register (e-mail, phone, deadline), or delete this line`,
    languages: 'languages of the event: ky (Kyrgyz), ru (Russian), en (English)',
    interpretation: 'true if there is simultaneous interpretation',
    accessibility: `${T} access for people with disabilities (ramp, sign language), or delete this line`,
    status: 'scheduled, postponed or cancelled',
    translate: `${T} translate into English`,
    translated: `${T} write the date and time you delete the draft line (this is when the file was made), then delete this note`,
    translateBody: (source) => `${T} the text below is copied from ${source}.md: translate it into English and delete this line.`,
    organization: {
      header: 'Organisation: its name and "About" paragraph appear under each of its releases.',
      name: `${T} full name of the organisation`,
      about: `${T} two or three sentences about the organisation: who you are, what you do, since when`,
      website: `${T} the organisation's website, or delete this line`,
      logo: 'logo: put the file in public/logos/ and delete the "# " at the start of the line',
      contactName: `${T} name of the press officer`,
      contactRole: 'Press officer',
      email: `${T} the real e-mail address`,
      phone: `${T} the real telephone, or delete this line`,
    },
    next: {
      release: (guide) => `Fill in every TODO, remove "draft: true", then run: npm run validate  (guide: ${guide})`,
      translation: (source) => `Every field of ${source}.md is copied: translate each line marked "# TODO:", then delete the note.`,
      organization: (command) => `Fill in every TODO, then: ${command}`,
    },
  },
};

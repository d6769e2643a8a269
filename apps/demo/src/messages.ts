/**
 * The site's own words (navigation labels, section titles, the footer's note) in the languages
 * it has pages in. The kit's components bring their own words: skip link, landmarks, dates.
 */
export interface SiteMessages {
  home: string;
  news: string;
  whoWeAre: string;
  about: string;
  iomGlobal: string;
  ourWork: string;
  agenda2030: string;
  relatedProject: string;
  relatedEvent: string;
  partnersMentioned: string;
  footer: string;
}

const en: SiteMessages = {
  home: 'Home',
  news: 'News',
  whoWeAre: 'Who We Are',
  about: 'About',
  iomGlobal: 'IOM Global',
  ourWork: 'Our Work',
  agenda2030: '2030 Agenda',
  relatedProject: 'Related project',
  relatedEvent: 'Related event',
  partnersMentioned: 'Partners mentioned',
  footer:
    'A demonstration of IOM Web Kit, built from the IOM Belarus sample content. The Russian and Arabic articles are sample translations, not IOM’s own.',
};

const ru: SiteMessages = {
  home: 'Главная',
  news: 'Новости',
  whoWeAre: 'Кто мы',
  about: 'О нас',
  iomGlobal: 'МОМ в мире',
  ourWork: 'Наша работа',
  agenda2030: 'Повестка дня до 2030 года',
  relatedProject: 'Проект',
  relatedEvent: 'Мероприятие',
  partnersMentioned: 'Упомянутые партнеры',
  footer:
    'Демонстрационный сайт IOM Web Kit на основе примеров материалов МОМ в Беларуси. Статьи на русском и арабском языках — образцы перевода, а не переводы МОМ.',
};

const ar: SiteMessages = {
  home: 'الرئيسية',
  news: 'الأخبار',
  whoWeAre: 'من نحن',
  about: 'نبذة عنا',
  iomGlobal: 'المنظمة الدولية للهجرة في العالم',
  ourWork: 'عملنا',
  agenda2030: 'خطة عام 2030',
  relatedProject: 'المشروع ذو الصلة',
  relatedEvent: 'الفعالية ذات الصلة',
  partnersMentioned: 'الشركاء المذكورون',
  footer:
    'موقع تجريبي لمجموعة IOM Web Kit مبني على نماذج محتوى المنظمة الدولية للهجرة في بيلاروس. المقالتان بالروسية والعربية ترجمتان نموذجيتان، وليستا ترجمتين رسميتين للمنظمة.',
};

const MESSAGES: Readonly<Record<string, SiteMessages>> = { en, ru, ar };

/** The frame's words in `lang`, English for a language the site has none in. */
export const messagesFor = (lang: string): SiteMessages => MESSAGES[lang.split('-')[0] ?? ''] ?? en;

/**
 * The words of the site's own frame (navigation, skip link, section titles of the article
 * page) in the languages the site has pages in. The components bring their own words.
 */
export interface SiteMessages {
  skipToContent: string;
  mainNavigation: string;
  news: string;
  whoWeAre: string;
  about: string;
  iomGlobal: string;
  ourWork: string;
  agenda2030: string;
  /** The label of the language switcher. */
  languages: string;
  relatedProject: string;
  relatedEvent: string;
  partnersMentioned: string;
  footer: string;
}

const en: SiteMessages = {
  skipToContent: 'Skip to main content',
  mainNavigation: 'Main',
  news: 'News',
  whoWeAre: 'Who We Are',
  about: 'About',
  iomGlobal: 'IOM Global',
  ourWork: 'Our Work',
  agenda2030: '2030 Agenda',
  languages: 'Languages',
  relatedProject: 'Related project',
  relatedEvent: 'Related event',
  partnersMentioned: 'Partners mentioned',
  footer:
    'A demonstration of IOM Web Kit, built from the IOM Belarus sample content. The Russian and Arabic articles are sample translations, not IOM’s own.',
};

const ru: SiteMessages = {
  skipToContent: 'Перейти к основному содержанию',
  mainNavigation: 'Основное меню',
  news: 'Новости',
  whoWeAre: 'Кто мы',
  about: 'О нас',
  iomGlobal: 'МОМ в мире',
  ourWork: 'Наша работа',
  agenda2030: 'Повестка дня до 2030 года',
  languages: 'Языки',
  relatedProject: 'Проект',
  relatedEvent: 'Мероприятие',
  partnersMentioned: 'Упомянутые партнеры',
  footer:
    'Демонстрационный сайт IOM Web Kit на основе примеров материалов МОМ в Беларуси. Статьи на русском и арабском языках — образцы перевода, а не переводы МОМ.',
};

const ar: SiteMessages = {
  skipToContent: 'انتقل إلى المحتوى الرئيسي',
  mainNavigation: 'القائمة الرئيسية',
  news: 'الأخبار',
  whoWeAre: 'من نحن',
  about: 'نبذة عنا',
  iomGlobal: 'المنظمة الدولية للهجرة في العالم',
  ourWork: 'عملنا',
  agenda2030: 'خطة عام 2030',
  languages: 'اللغات',
  relatedProject: 'المشروع ذو الصلة',
  relatedEvent: 'الفعالية ذات الصلة',
  partnersMentioned: 'الشركاء المذكورون',
  footer:
    'موقع تجريبي لمجموعة IOM Web Kit مبني على نماذج محتوى المنظمة الدولية للهجرة في بيلاروس. المقالتان بالروسية والعربية ترجمتان نموذجيتان، وليستا ترجمتين رسميتين للمنظمة.',
};

const MESSAGES: Readonly<Record<string, SiteMessages>> = { en, ru, ar };

/** The frame's words in `lang`, English for a language the site has none in. */
export const messagesFor = (lang: string): SiteMessages => MESSAGES[lang.split('-')[0] ?? ''] ?? en;

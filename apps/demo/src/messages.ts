/**
 * The site's own words (navigation, section titles, the fallback notice, the footer) in each of
 * the six UN languages. The kit's components bring their own words: skip link, landmarks,
 * dates. English is the site's; the other five are translations made for this demonstration,
 * not IOM's, and each language's footer says so.
 */
export interface SiteMessages {
  home: string;
  news: string;
  /** The news list's later pages: `{page}` is the number. */
  newsPage: string;
  /** The news list's description: `{site}` is the organisation's name. */
  newsDescription: string;
  whoWeAre: string;
  about: string;
  iomGlobal: string;
  /** Before the link to IOM's global website: `{name}` is IOM's name. */
  iomGlobalText: string;
  ourWork: string;
  agenda2030: string;
  /** Above the projects on Our Work. */
  agendaText: string;
  latestNews: string;
  allNews: string;
  featuredProject: string;
  partners: string;
  moreAboutUs: string;
  relatedProject: string;
  relatedEvent: string;
  partnersMentioned: string;
  organisedBy: string;
  participants: string;
  speakers: string;
  project: string;
  events: string;
  /** The events list's description: `{site}` is the organisation's name. */
  eventsDescription: string;
  /** A document shown in another language: `{language}` asked for, `{original}` shown. */
  fallbackNotice: string;
  footer: string;
}

const en: SiteMessages = {
  home: 'Home',
  news: 'News',
  newsPage: 'News, page {page}',
  newsDescription: 'News from {site}.',
  whoWeAre: 'Who We Are',
  about: 'About',
  iomGlobal: 'IOM Global',
  iomGlobalText: 'The global website of the {name}:',
  ourWork: 'Our Work',
  agenda2030: '2030 Agenda',
  agendaText: 'Projects and the Sustainable Development Goals they serve.',
  latestNews: 'Latest news',
  allNews: 'All news',
  featuredProject: 'Featured project',
  partners: 'Partners',
  moreAboutUs: 'More about who we are',
  relatedProject: 'Related project',
  relatedEvent: 'Related event',
  partnersMentioned: 'Partners mentioned',
  organisedBy: 'Organised by',
  participants: 'Participants',
  speakers: 'Speakers',
  project: 'Project',
  events: 'Events',
  eventsDescription: 'Events from {site}.',
  fallbackNotice: 'This page is not available in {language}; it is shown in {original}.',
  footer:
    'A demonstration of IOM Web Kit, built from the IOM Belarus sample content and samples from other IOM public pages. The Russian and Arabic articles, and the site’s words in French, Spanish, Arabic, Russian and Chinese, are translations made for this demonstration, not IOM’s own.',
};

const fr: SiteMessages = {
  home: 'Accueil',
  news: 'Actualités',
  newsPage: 'Actualités, page {page}',
  newsDescription: 'Les actualités de {site}.',
  whoWeAre: 'Qui sommes-nous',
  about: 'À propos',
  iomGlobal: 'L’OIM dans le monde',
  iomGlobalText: 'Le site mondial de l’{name} :',
  ourWork: 'Notre action',
  agenda2030: 'Programme 2030',
  agendaText: 'Les projets et les objectifs de développement durable qu’ils servent.',
  latestNews: 'Dernières actualités',
  allNews: 'Toutes les actualités',
  featuredProject: 'Projet à la une',
  partners: 'Partenaires',
  moreAboutUs: 'En savoir plus sur nous',
  relatedProject: 'Projet associé',
  relatedEvent: 'Événement associé',
  partnersMentioned: 'Partenaires cités',
  organisedBy: 'Organisé par',
  participants: 'Participants',
  speakers: 'Intervenants',
  project: 'Projet',
  events: 'Événements',
  eventsDescription: 'Les événements de {site}.',
  fallbackNotice:
    'Cette page n’est pas disponible en {language} ; elle est affichée en {original}.',
  footer:
    'Démonstration d’IOM Web Kit, construite à partir des contenus d’exemple de l’OIM au Bélarus et d’autres pages publiques de l’OIM. Les textes du site en français sont une traduction faite pour cette démonstration, et non une traduction de l’OIM.',
};

const es: SiteMessages = {
  home: 'Inicio',
  news: 'Noticias',
  newsPage: 'Noticias, página {page}',
  newsDescription: 'Noticias de {site}.',
  whoWeAre: 'Quiénes somos',
  about: 'Acerca de',
  iomGlobal: 'La OIM en el mundo',
  iomGlobalText: 'El sitio mundial de la {name}:',
  ourWork: 'Nuestro trabajo',
  agenda2030: 'Agenda 2030',
  agendaText: 'Los proyectos y los Objetivos de Desarrollo Sostenible a los que sirven.',
  latestNews: 'Últimas noticias',
  allNews: 'Todas las noticias',
  featuredProject: 'Proyecto destacado',
  partners: 'Socios',
  moreAboutUs: 'Más sobre quiénes somos',
  relatedProject: 'Proyecto relacionado',
  relatedEvent: 'Evento relacionado',
  partnersMentioned: 'Socios mencionados',
  organisedBy: 'Organizado por',
  participants: 'Participantes',
  speakers: 'Ponentes',
  project: 'Proyecto',
  events: 'Eventos',
  eventsDescription: 'Eventos de {site}.',
  fallbackNotice: 'Esta página no está disponible en {language}; se muestra en {original}.',
  footer:
    'Demostración de IOM Web Kit, creada con el contenido de ejemplo de la OIM en Belarús y de otras páginas públicas de la OIM. Los textos del sitio en español son una traducción hecha para esta demostración, no de la OIM.',
};

const ar: SiteMessages = {
  home: 'الرئيسية',
  news: 'الأخبار',
  newsPage: 'الأخبار، الصفحة {page}',
  newsDescription: 'أخبار {site}.',
  whoWeAre: 'من نحن',
  about: 'نبذة عنا',
  iomGlobal: 'المنظمة الدولية للهجرة في العالم',
  iomGlobalText: 'الموقع العالمي لـ{name}:',
  ourWork: 'عملنا',
  agenda2030: 'خطة عام 2030',
  agendaText: 'المشاريع وأهداف التنمية المستدامة التي تخدمها.',
  latestNews: 'آخر الأخبار',
  allNews: 'جميع الأخبار',
  featuredProject: 'مشروع مميز',
  partners: 'الشركاء',
  moreAboutUs: 'المزيد عنا',
  relatedProject: 'المشروع ذو الصلة',
  relatedEvent: 'الفعالية ذات الصلة',
  partnersMentioned: 'الشركاء المذكورون',
  organisedBy: 'الجهة المنظمة',
  participants: 'المشاركون',
  speakers: 'المتحدثون',
  project: 'المشروع',
  events: 'الفعاليات',
  eventsDescription: 'فعاليات {site}.',
  fallbackNotice: 'هذه الصفحة غير متاحة باللغة {language}؛ وهي معروضة باللغة {original}.',
  footer:
    'موقع تجريبي لمجموعة IOM Web Kit مبني على نماذج محتوى المنظمة الدولية للهجرة في بيلاروس وصفحات عامة أخرى للمنظمة. المقالة بالعربية ونصوص الموقع بالعربية ترجمة أُعدّت لهذا العرض، وليست ترجمة رسمية للمنظمة.',
};

const ru: SiteMessages = {
  home: 'Главная',
  news: 'Новости',
  newsPage: 'Новости, страница {page}',
  newsDescription: 'Новости: {site}.',
  whoWeAre: 'Кто мы',
  about: 'О нас',
  iomGlobal: 'МОМ в мире',
  iomGlobalText: 'Глобальный сайт организации {name}:',
  ourWork: 'Наша работа',
  agenda2030: 'Повестка дня до 2030 года',
  agendaText: 'Проекты и цели в области устойчивого развития, которым они служат.',
  latestNews: 'Последние новости',
  allNews: 'Все новости',
  featuredProject: 'Избранный проект',
  partners: 'Партнеры',
  moreAboutUs: 'Подробнее о нас',
  relatedProject: 'Проект',
  relatedEvent: 'Мероприятие',
  partnersMentioned: 'Упомянутые партнеры',
  organisedBy: 'Организаторы',
  participants: 'Участники',
  speakers: 'Выступающие',
  project: 'Проект',
  events: 'Мероприятия',
  eventsDescription: 'Мероприятия: {site}.',
  fallbackNotice:
    'Эта страница недоступна на языке «{language}»; она показана на языке «{original}».',
  footer:
    'Демонстрационный сайт IOM Web Kit на основе примеров материалов МОМ в Беларуси и других публичных страниц МОМ. Статья на русском языке и тексты сайта на русском — перевод, сделанный для этой демонстрации, а не перевод МОМ.',
};

const zh: SiteMessages = {
  home: '首页',
  news: '新闻',
  newsPage: '新闻，第{page}页',
  newsDescription: '{site}的新闻。',
  whoWeAre: '关于我们',
  about: '简介',
  iomGlobal: '国际移民组织全球',
  iomGlobalText: '{name}全球网站：',
  ourWork: '我们的工作',
  agenda2030: '2030年议程',
  agendaText: '各项目及其服务的可持续发展目标。',
  latestNews: '最新消息',
  allNews: '全部新闻',
  featuredProject: '重点项目',
  partners: '合作伙伴',
  moreAboutUs: '进一步了解我们',
  relatedProject: '相关项目',
  relatedEvent: '相关活动',
  partnersMentioned: '提及的合作伙伴',
  organisedBy: '主办方',
  participants: '参与方',
  speakers: '发言人',
  project: '项目',
  events: '活动',
  eventsDescription: '{site}的活动。',
  fallbackNotice: '本页面没有{language}版本；现以{original}显示。',
  footer:
    'IOM Web Kit 演示网站，内容取自国际移民组织白俄罗斯办事处的示例及国际移民组织的其他公开页面。网站的中文文字为本演示所作的翻译，并非国际移民组织的译文。',
};

const MESSAGES: Readonly<Record<string, SiteMessages>> = { en, fr, es, ar, ru, zh };

/** The frame's words in `lang`, English for a language the site has none in. */
export const messagesFor = (lang: string): SiteMessages => MESSAGES[lang.split('-')[0] ?? ''] ?? en;

/** `fill('News, page {page}', { page: 2 })` → `News, page 2`. */
export const fill = (template: string, values: Readonly<Record<string, string | number>>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );

/** A language's name in `inLang` ("anglais" in French), for the fallback notice. */
export const languageName = (lang: string, inLang: string): string =>
  new Intl.DisplayNames([inLang], { type: 'language' }).of(lang) ?? lang;

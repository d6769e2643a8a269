import { type MessageOverrides, messagesIn, withOverrides } from '../shared/messages.js';

/** The words of the site frame: header, footer, navigation, lists and their pages. */
export interface SiteMessages {
  /** The skip link, first on every page. */
  skipToContent: string;
  /** The name of the main navigation landmark. */
  mainNavigation: string;
  /** The name of the language switcher's landmark. */
  languages: string;
  /** The name of the breadcrumb trail's landmark. */
  breadcrumbs: string;
  /** The name of the pagination landmark. */
  pagination: string;
  previous: string;
  next: string;
  /** A page number for screen readers; `{page}` is the number. */
  page: string;
  /** The footer's line on IOM's place in the UN system. */
  partOfUn: string;
  /** The heading of the footer's social links. */
  followUs: string;
  upcomingEvents: string;
  pastEvents: string;
  /** Before an image's credit; `{credit}` is who made it. */
  credit: string;
  /** The name of a list of tags (themes, countries, SDGs). */
  tags: string;
  /** A key fact's figure said as a minimum; `{value}` is the figure. */
  over: string;
  /** A key fact's figure said as an estimate; `{value}` is the figure. */
  about: string;
}

export const en: SiteMessages = {
  skipToContent: 'Skip to main content',
  mainNavigation: 'Main',
  languages: 'Languages',
  breadcrumbs: 'Breadcrumb',
  pagination: 'Pagination',
  previous: 'Previous',
  next: 'Next',
  page: 'Page {page}',
  partOfUn: 'IOM is part of the United Nations system.',
  followUs: 'Follow us',
  upcomingEvents: 'Upcoming events',
  pastEvents: 'Past events',
  credit: 'Photo: {credit}',
  tags: 'Topics',
  over: 'over {value}',
  about: 'about {value}',
};

export const fr: SiteMessages = {
  skipToContent: 'Aller au contenu principal',
  mainNavigation: 'Menu principal',
  languages: 'Langues',
  breadcrumbs: 'Fil d’Ariane',
  pagination: 'Pagination',
  previous: 'Précédent',
  next: 'Suivant',
  page: 'Page {page}',
  partOfUn: 'L’OIM fait partie du système des Nations Unies.',
  followUs: 'Suivez-nous',
  upcomingEvents: 'Événements à venir',
  pastEvents: 'Événements passés',
  credit: 'Photo : {credit}',
  tags: 'Thèmes',
  over: 'plus de {value}',
  about: 'environ {value}',
};

export const es: SiteMessages = {
  skipToContent: 'Ir al contenido principal',
  mainNavigation: 'Menú principal',
  languages: 'Idiomas',
  breadcrumbs: 'Ruta de navegación',
  pagination: 'Paginación',
  previous: 'Anterior',
  next: 'Siguiente',
  page: 'Página {page}',
  partOfUn: 'La OIM forma parte del sistema de las Naciones Unidas.',
  followUs: 'Síguenos',
  upcomingEvents: 'Próximos eventos',
  pastEvents: 'Eventos anteriores',
  credit: 'Foto: {credit}',
  tags: 'Temas',
  over: 'más de {value}',
  about: 'alrededor de {value}',
};

export const ar: SiteMessages = {
  skipToContent: 'انتقل إلى المحتوى الرئيسي',
  mainNavigation: 'القائمة الرئيسية',
  languages: 'اللغات',
  breadcrumbs: 'مسار التنقل',
  pagination: 'ترقيم الصفحات',
  previous: 'السابق',
  next: 'التالي',
  page: 'الصفحة {page}',
  partOfUn: 'المنظمة الدولية للهجرة جزء من منظومة الأمم المتحدة.',
  followUs: 'تابعونا',
  upcomingEvents: 'الفعاليات القادمة',
  pastEvents: 'الفعاليات السابقة',
  credit: 'تصوير: {credit}',
  tags: 'المواضيع',
  over: 'أكثر من {value}',
  about: 'حوالي {value}',
};

export const ru: SiteMessages = {
  skipToContent: 'Перейти к основному содержанию',
  mainNavigation: 'Основное меню',
  languages: 'Языки',
  breadcrumbs: 'Навигационная цепочка',
  pagination: 'Страницы',
  previous: 'Назад',
  next: 'Далее',
  page: 'Страница {page}',
  partOfUn: 'МОМ входит в систему Организации Объединенных Наций.',
  followUs: 'Мы в соцсетях',
  upcomingEvents: 'Предстоящие мероприятия',
  pastEvents: 'Прошедшие мероприятия',
  credit: 'Фото: {credit}',
  tags: 'Темы',
  over: 'более {value}',
  about: 'около {value}',
};

export const zh: SiteMessages = {
  skipToContent: '跳至主要内容',
  mainNavigation: '主菜单',
  languages: '语言',
  breadcrumbs: '导航路径',
  pagination: '分页',
  previous: '上一页',
  next: '下一页',
  page: '第{page}页',
  partOfUn: '国际移民组织是联合国系统的一部分。',
  followUs: '关注我们',
  upcomingEvents: '即将举行的活动',
  pastEvents: '往期活动',
  credit: '摄影：{credit}',
  tags: '主题',
  over: '超过{value}',
  about: '约{value}',
};

/** The site words in `locale`'s language with a site's overrides. */
export const siteMessages = (locale: string, overrides?: MessageOverrides<SiteMessages>) =>
  withOverrides(messagesIn(locale, 'site', en), overrides);

import type { DateMessages } from '../shared/date-messages.js';

/** Every built-in word an EventPage's details use: its own and the shared date spans. */
export type EventPageMessages = DateMessages & EventPageWords;

/** An EventPage's own words: the parts of an event its card leaves out. */
export interface EventPageWords {
  /** The link to the event's registration page. */
  register: string;
  /** Before who the event is for. */
  audience: string;
  /** The heading of the sessions. */
  programme: string;
  /** The heading of how to reach the organisers. */
  contact: string;
  email: string;
  phone: string;
  /** The link to the organisers' contact page or form. */
  contactPage: string;
  /** The heading of related pages (a concept note, the final report). */
  links: string;
}

// English is IOM's; the other languages are our translations, for IOM's translators to review.
export const en: EventPageWords = {
  register: 'Register',
  audience: 'Audience',
  programme: 'Programme',
  contact: 'Contact',
  email: 'Email',
  phone: 'Phone',
  contactPage: 'Contact page',
  links: 'Links',
};

export const fr: EventPageWords = {
  register: 'S’inscrire',
  audience: 'Public',
  programme: 'Programme',
  contact: 'Contact',
  email: 'Courriel',
  phone: 'Téléphone',
  contactPage: 'Page de contact',
  links: 'Liens',
};

export const es: EventPageWords = {
  register: 'Inscribirse',
  audience: 'Público',
  programme: 'Programa',
  contact: 'Contacto',
  email: 'Correo electrónico',
  phone: 'Teléfono',
  contactPage: 'Página de contacto',
  links: 'Enlaces',
};

export const ar: EventPageWords = {
  register: 'التسجيل',
  audience: 'الجمهور المستهدف',
  programme: 'البرنامج',
  contact: 'الاتصال',
  email: 'البريد الإلكتروني',
  phone: 'الهاتف',
  contactPage: 'صفحة الاتصال',
  links: 'روابط',
};

export const ru: EventPageWords = {
  register: 'Зарегистрироваться',
  audience: 'Аудитория',
  programme: 'Программа',
  contact: 'Контакты',
  email: 'Электронная почта',
  phone: 'Телефон',
  contactPage: 'Страница контактов',
  links: 'Ссылки',
};

export const zh: EventPageWords = {
  register: '报名',
  audience: '参与对象',
  programme: '议程',
  contact: '联系方式',
  email: '电子邮件',
  phone: '电话',
  contactPage: '联系页面',
  links: '相关链接',
};

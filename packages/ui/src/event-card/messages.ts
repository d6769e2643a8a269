import type { EventKind, EventStatus } from '@iom/content';
import type { DateMessages } from '../shared/date-messages.js';

/** Every built-in word an EventCard uses: its own and the shared date spans. */
export type EventCardMessages = DateMessages & EventCardWords;

/** An EventCard's own words. */
export interface EventCardWords {
  /** The kind of event, shown above the title. */
  kinds: Record<EventKind, string>;
  /** The status, announced in the heading unless the event is simply scheduled. */
  statuses: Record<EventStatus, string>;
  /** The place of an online event. */
  online: string;
  /** Added to the place of an event held both in person and online. */
  alsoOnline: string;
  /** The former start of a rescheduled or postponed event; `{date}` is the date. */
  previously: string;
}

export const en: EventCardWords = {
  kinds: {
    roundtable: 'Roundtable',
    conference: 'Conference',
    training: 'Training',
    workshop: 'Workshop',
    seminar: 'Seminar',
    meeting: 'Meeting',
    webinar: 'Webinar',
    launch: 'Launch',
    exhibition: 'Exhibition',
    observance: 'International day',
    celebration: 'Celebration',
    dialogue: 'Dialogue',
    forum: 'Forum',
    consultation: 'Consultation',
    screening: 'Film screening',
    visit: 'Visit',
    campaign: 'Campaign',
    other: 'Event',
  },
  statuses: {
    scheduled: 'Scheduled',
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    rescheduled: 'Rescheduled',
    'moved-online': 'Moved online',
  },
  online: 'Online',
  alsoOnline: 'and online',
  previously: 'Previously {date}',
};

export const fr: EventCardWords = {
  kinds: {
    roundtable: 'Table ronde',
    conference: 'Conférence',
    training: 'Formation',
    workshop: 'Atelier',
    seminar: 'Séminaire',
    meeting: 'Réunion',
    webinar: 'Webinaire',
    launch: 'Lancement',
    exhibition: 'Exposition',
    observance: 'Journée internationale',
    celebration: 'Célébration',
    dialogue: 'Dialogue',
    forum: 'Forum',
    consultation: 'Consultation',
    screening: 'Projection',
    visit: 'Visite',
    campaign: 'Campagne',
    other: 'Événement',
  },
  statuses: {
    scheduled: 'Prévu',
    cancelled: 'Annulé',
    postponed: 'Reporté',
    rescheduled: 'Date modifiée',
    'moved-online': 'Désormais en ligne',
  },
  online: 'En ligne',
  alsoOnline: 'et en ligne',
  previously: 'Initialement le {date}',
};

export const es: EventCardWords = {
  kinds: {
    roundtable: 'Mesa redonda',
    conference: 'Conferencia',
    training: 'Capacitación',
    workshop: 'Taller',
    seminar: 'Seminario',
    meeting: 'Reunión',
    webinar: 'Seminario web',
    launch: 'Lanzamiento',
    exhibition: 'Exposición',
    observance: 'Día internacional',
    celebration: 'Celebración',
    dialogue: 'Diálogo',
    forum: 'Foro',
    consultation: 'Consulta',
    screening: 'Proyección',
    visit: 'Visita',
    campaign: 'Campaña',
    other: 'Evento',
  },
  statuses: {
    scheduled: 'Programado',
    cancelled: 'Cancelado',
    postponed: 'Aplazado',
    rescheduled: 'Nueva fecha',
    'moved-online': 'Ahora en línea',
  },
  online: 'En línea',
  alsoOnline: 'y en línea',
  previously: 'Fecha anterior: {date}',
};

export const ar: EventCardWords = {
  kinds: {
    roundtable: 'مائدة مستديرة',
    conference: 'مؤتمر',
    training: 'تدريب',
    workshop: 'ورشة عمل',
    seminar: 'حلقة دراسية',
    meeting: 'اجتماع',
    webinar: 'ندوة عبر الإنترنت',
    launch: 'إطلاق',
    exhibition: 'معرض',
    observance: 'يوم دولي',
    celebration: 'احتفال',
    dialogue: 'حوار',
    forum: 'منتدى',
    consultation: 'مشاورة',
    screening: 'عرض فيلم',
    visit: 'زيارة',
    campaign: 'حملة',
    other: 'فعالية',
  },
  statuses: {
    scheduled: 'مقررة',
    cancelled: 'أُلغيت',
    postponed: 'أُجّلت',
    rescheduled: 'تغيّر موعدها',
    'moved-online': 'نُقلت إلى الإنترنت',
  },
  online: 'عبر الإنترنت',
  alsoOnline: 'وعبر الإنترنت',
  previously: 'الموعد السابق: {date}',
};

export const ru: EventCardWords = {
  kinds: {
    roundtable: 'Круглый стол',
    conference: 'Конференция',
    training: 'Тренинг',
    workshop: 'Практикум',
    seminar: 'Семинар',
    meeting: 'Встреча',
    webinar: 'Вебинар',
    launch: 'Презентация',
    exhibition: 'Выставка',
    observance: 'Международный день',
    celebration: 'Празднование',
    dialogue: 'Диалог',
    forum: 'Форум',
    consultation: 'Консультация',
    screening: 'Показ фильма',
    visit: 'Визит',
    campaign: 'Кампания',
    other: 'Мероприятие',
  },
  statuses: {
    scheduled: 'Запланировано',
    cancelled: 'Отменено',
    postponed: 'Отложено',
    rescheduled: 'Перенесено',
    'moved-online': 'Переведено в онлайн',
  },
  online: 'Онлайн',
  alsoOnline: 'и онлайн',
  previously: 'Ранее: {date}',
};

export const zh: EventCardWords = {
  kinds: {
    roundtable: '圆桌会议',
    conference: '大会',
    training: '培训',
    workshop: '讲习班',
    seminar: '研讨会',
    meeting: '会议',
    webinar: '网络研讨会',
    launch: '发布会',
    exhibition: '展览',
    observance: '国际日',
    celebration: '庆祝活动',
    dialogue: '对话',
    forum: '论坛',
    consultation: '磋商',
    screening: '放映',
    visit: '访问',
    campaign: '宣传活动',
    other: '活动',
  },
  statuses: {
    scheduled: '已排期',
    cancelled: '已取消',
    postponed: '已推迟',
    rescheduled: '已改期',
    'moved-online': '改为线上举行',
  },
  online: '线上',
  alsoOnline: '及线上',
  previously: '原定{date}',
};

import type { Coverage, ProjectStatus } from '@iom/content';
import type { PartnerListMessages } from '../partner-list/messages.js';
import type { DateMessages } from '../shared/date-messages.js';
import type { SdgNames } from './sdg-names.js';

/**
 * Every built-in word a ProjectSummary uses: its own, the shared date spans, the role names it
 * shares with PartnerList and the SDG names.
 */
export type ProjectSummaryMessages = DateMessages &
  ProjectSummaryWords &
  Pick<PartnerListMessages, 'roleGroups'> & {
    /** SDG short names. */
    sdgNames: SdgNames;
  };

/** A ProjectSummary's own words. */
export interface ProjectSummaryWords {
  /** Before the status badge, for screen readers. */
  statusLabel: string;
  /** IATI activity statuses. */
  statuses: Record<ProjectStatus, string>;
  dates: string;
  countries: string;
  budget: string;
  goals: string;
  results: string;
  sdgs: string;
  /** Before the goal's name, for screen readers; `{number}` is the goal's number. */
  sdgGoal: string;
  /** An SDG target; `{target}` is the target, like 3.3. */
  sdgTarget: string;
  readMore: string;
  /** Before a short title or acronym, like REMA(K)ER. */
  shortTitle: string;
  /** Before how far the project reaches. */
  coverage: string;
  coverages: Record<Coverage, string>;
  /** Before IOM regions, like "Asia and Oceania". */
  regions: string;
  /**
   * Before an identifier, by its scheme (on the project's page); a scheme not named here shows
   * as written.
   */
  identifierSchemes: Record<string, string>;
}

export const en: ProjectSummaryWords = {
  statusLabel: 'Status:',
  statuses: {
    pipeline: 'Pipeline',
    implementation: 'Implementation',
    finalisation: 'Finalisation',
    closed: 'Closed',
    cancelled: 'Cancelled',
    suspended: 'Suspended',
    planned: 'Planned',
    ongoing: 'Ongoing',
    completed: 'Completed',
  },
  dates: 'Dates',
  countries: 'Countries',
  budget: 'Budget',
  goals: 'Goals',
  results: 'Results',
  sdgs: 'Sustainable Development Goals',
  sdgGoal: 'Goal {number}:',
  sdgTarget: 'Target {target}',
  readMore: 'Read more',
  shortTitle: 'Short title',
  coverage: 'Coverage',
  coverages: { local: 'Local', national: 'National', regional: 'Regional', global: 'Global' },
  regions: 'Regions',
  identifierSchemes: {
    'iom-project-code': 'IOM project code',
    'prima-id': 'PRIMA project ID',
    'idf-project-id': 'IOM Development Fund project ID',
  },
};

export const fr: ProjectSummaryWords = {
  statusLabel: 'Statut :',
  statuses: {
    pipeline: 'En préparation',
    implementation: 'Mise en œuvre',
    finalisation: 'Finalisation',
    closed: 'Clôturé',
    cancelled: 'Annulé',
    suspended: 'Suspendu',
    planned: 'Prévu',
    ongoing: 'En cours',
    completed: 'Achevé',
  },
  dates: 'Dates',
  countries: 'Pays',
  budget: 'Budget',
  goals: 'Objectifs',
  results: 'Résultats',
  sdgs: 'Objectifs de développement durable',
  sdgGoal: 'Objectif {number} :',
  sdgTarget: 'Cible {target}',
  readMore: 'En savoir plus',
  shortTitle: 'Titre abrégé',
  coverage: 'Portée',
  coverages: { local: 'Locale', national: 'Nationale', regional: 'Régionale', global: 'Mondiale' },
  regions: 'Régions',
  identifierSchemes: {
    'iom-project-code': 'Code de projet de l’OIM',
    'prima-id': 'Identifiant de projet PRIMA',
    'idf-project-id': 'Identifiant de projet du Fonds de l’OIM pour le développement',
  },
};

export const es: ProjectSummaryWords = {
  statusLabel: 'Estado:',
  statuses: {
    pipeline: 'En preparación',
    implementation: 'En ejecución',
    finalisation: 'Finalización',
    closed: 'Cerrado',
    cancelled: 'Cancelado',
    suspended: 'Suspendido',
    planned: 'Previsto',
    ongoing: 'En curso',
    completed: 'Finalizado',
  },
  dates: 'Fechas',
  countries: 'Países',
  budget: 'Presupuesto',
  goals: 'Objetivos',
  results: 'Resultados',
  sdgs: 'Objetivos de Desarrollo Sostenible',
  sdgGoal: 'Objetivo {number}:',
  sdgTarget: 'Meta {target}',
  readMore: 'Más información',
  shortTitle: 'Título abreviado',
  coverage: 'Alcance',
  coverages: { local: 'Local', national: 'Nacional', regional: 'Regional', global: 'Mundial' },
  regions: 'Regiones',
  identifierSchemes: {
    'iom-project-code': 'Código de proyecto de la OIM',
    'prima-id': 'Identificador de proyecto PRIMA',
    'idf-project-id': 'Identificador de proyecto del Fondo de la OIM para el Desarrollo',
  },
};

export const ar: ProjectSummaryWords = {
  statusLabel: 'الحالة:',
  statuses: {
    pipeline: 'قيد الإعداد',
    implementation: 'قيد التنفيذ',
    finalisation: 'في المرحلة الختامية',
    closed: 'مُغلق',
    cancelled: 'مُلغى',
    suspended: 'مُعلّق',
    planned: 'مخطط له',
    ongoing: 'جارٍ',
    completed: 'مكتمل',
  },
  dates: 'التواريخ',
  countries: 'البلدان',
  budget: 'الميزانية',
  goals: 'الأهداف',
  results: 'النتائج',
  sdgs: 'أهداف التنمية المستدامة',
  sdgGoal: 'الهدف {number}:',
  sdgTarget: 'الغاية {target}',
  readMore: 'اقرأ المزيد',
  shortTitle: 'العنوان المختصر',
  coverage: 'النطاق',
  coverages: { local: 'محلي', national: 'وطني', regional: 'إقليمي', global: 'عالمي' },
  regions: 'المناطق',
  identifierSchemes: {
    'iom-project-code': 'رمز مشروع المنظمة الدولية للهجرة',
    'prima-id': 'معرّف المشروع في PRIMA',
    'idf-project-id': 'معرّف المشروع في صندوق المنظمة الدولية للهجرة للتنمية',
  },
};

export const ru: ProjectSummaryWords = {
  statusLabel: 'Статус:',
  statuses: {
    pipeline: 'Подготовка',
    implementation: 'Реализация',
    finalisation: 'Завершение',
    closed: 'Закрыт',
    cancelled: 'Отменен',
    suspended: 'Приостановлен',
    planned: 'Запланирован',
    ongoing: 'Реализуется',
    completed: 'Завершён',
  },
  dates: 'Сроки',
  countries: 'Страны',
  budget: 'Бюджет',
  goals: 'Цели',
  results: 'Результаты',
  sdgs: 'Цели в области устойчивого развития',
  sdgGoal: 'Цель {number}:',
  sdgTarget: 'Задача {target}',
  readMore: 'Подробнее',
  shortTitle: 'Краткое название',
  coverage: 'Охват',
  coverages: {
    local: 'Местный',
    national: 'Национальный',
    regional: 'Региональный',
    global: 'Глобальный',
  },
  regions: 'Регионы',
  identifierSchemes: {
    'iom-project-code': 'Код проекта МОМ',
    'prima-id': 'Идентификатор проекта в PRIMA',
    'idf-project-id': 'Идентификатор проекта Фонда развития МОМ',
  },
};

export const zh: ProjectSummaryWords = {
  statusLabel: '状态：',
  statuses: {
    pipeline: '筹备中',
    implementation: '实施中',
    finalisation: '收尾阶段',
    closed: '已结束',
    cancelled: '已取消',
    suspended: '已暂停',
    planned: '计划中',
    ongoing: '进行中',
    completed: '已完成',
  },
  dates: '日期',
  countries: '国家',
  budget: '预算',
  goals: '目标',
  results: '成果',
  sdgs: '可持续发展目标',
  sdgGoal: '目标{number}：',
  sdgTarget: '具体目标{target}',
  readMore: '了解更多',
  shortTitle: '简称',
  coverage: '覆盖范围',
  coverages: { local: '地方', national: '国家', regional: '区域', global: '全球' },
  regions: '区域',
  identifierSchemes: {
    'iom-project-code': '国际移民组织项目代码',
    'prima-id': 'PRIMA 项目编号',
    'idf-project-id': '国际移民组织发展基金项目编号',
  },
};

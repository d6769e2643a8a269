import type { ParticipantRole, ProjectStatus } from '@iom/content';
import { partnerListMessages } from '../partner-list/messages.js';
import { type DateMessages, dateMessages } from '../shared/date-messages.js';
import {
  type Catalogue,
  combineCatalogues,
  nestCatalogues,
  pluckCatalogue,
} from '../shared/messages.js';
import { type SdgNames, sdgNames } from './sdg-names.js';

export interface ProjectSummaryMessages extends DateMessages {
  /** Before the status badge, for screen readers. */
  statusLabel: string;
  /** IATI activity statuses. */
  statuses: Record<ProjectStatus, string>;
  dates: string;
  countries: string;
  budget: string;
  /** Labels of the funders and implementing partners (shared with `PartnerList`). */
  roleGroups: Record<ParticipantRole, string>;
  goals: string;
  results: string;
  sdgs: string;
  /** Before the goal's name, for screen readers; `{number}` is the goal's number. */
  sdgGoal: string;
  /** An SDG target; `{target}` is the target, like 3.3. */
  sdgTarget: string;
  /** SDG short names. */
  sdgNames: SdgNames;
  readMore: string;
}

type OwnMessages = Omit<ProjectSummaryMessages, keyof DateMessages | 'roleGroups' | 'sdgNames'>;

const own: Catalogue<OwnMessages> = {
  en: {
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
  },
  fr: {
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
  },
  es: {
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
  },
  ar: {
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
  },
  ru: {
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
  },
  zh: {
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
  },
};

// Built by pure calls, so a site that never renders a ProjectSummary bundles none of this.
export const projectSummaryMessages: Catalogue<ProjectSummaryMessages> =
  /* @__PURE__ */ combineCatalogues(
    /* @__PURE__ */ combineCatalogues(dateMessages, own),
    /* @__PURE__ */ nestCatalogues({
      roleGroups: /* @__PURE__ */ pluckCatalogue(partnerListMessages, 'roleGroups'),
      sdgNames,
    }),
  );

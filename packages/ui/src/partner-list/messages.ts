import type { ParticipantRole } from '@iom/content';

/** How partners are grouped by kind: IATI organisation types folded into the groups sites use. */
export type PartnerGroup =
  | 'government'
  | 'un-system'
  | 'civil-society'
  | 'private-sector'
  | 'academia'
  | 'donors'
  | 'other';

export interface PartnerListMessages {
  /** The list's heading. */
  partners: string;
  /** Group headings when grouped by IATI role. */
  roleGroups: Record<ParticipantRole, string>;
  /** A partner's role beside its name in a flat list. */
  roles: Record<ParticipantRole, string>;
  /** Group headings when grouped by kind, and a partner's kind beside its name in a flat list. */
  kindGroups: Record<PartnerGroup, string>;
}

export const en: PartnerListMessages = {
  partners: 'Partners',
  roleGroups: {
    funding: 'Funded by',
    accountable: 'Accountable organisations',
    extending: 'Extending organisations',
    implementing: 'Implemented by',
    partner: 'Partners',
  },
  roles: {
    funding: 'Funder',
    accountable: 'Accountable organisation',
    extending: 'Extending organisation',
    implementing: 'Implementing partner',
    partner: 'Partner',
  },
  kindGroups: {
    government: 'Government',
    'un-system': 'UN system',
    'civil-society': 'Civil society',
    'private-sector': 'Private sector',
    academia: 'Academia',
    donors: 'Donors',
    other: 'Other partners',
  },
};

export const fr: PartnerListMessages = {
  partners: 'Partenaires',
  roleGroups: {
    funding: 'Financé par',
    accountable: 'Organisations responsables',
    extending: 'Organisations intermédiaires',
    implementing: 'Mis en œuvre par',
    partner: 'Partenaires',
  },
  roles: {
    funding: 'Bailleur de fonds',
    accountable: 'Organisation responsable',
    extending: 'Organisation intermédiaire',
    implementing: 'Partenaire de mise en œuvre',
    partner: 'Partenaire',
  },
  kindGroups: {
    government: 'Gouvernement',
    'un-system': 'Système des Nations Unies',
    'civil-society': 'Société civile',
    'private-sector': 'Secteur privé',
    academia: 'Milieu universitaire',
    donors: 'Donateurs',
    other: 'Autres partenaires',
  },
};

export const es: PartnerListMessages = {
  partners: 'Socios',
  roleGroups: {
    funding: 'Financiado por',
    accountable: 'Organizaciones responsables',
    extending: 'Organizaciones intermediarias',
    implementing: 'Ejecutado por',
    partner: 'Socios',
  },
  roles: {
    funding: 'Donante',
    accountable: 'Organización responsable',
    extending: 'Organización intermediaria',
    implementing: 'Socio ejecutor',
    partner: 'Socio',
  },
  kindGroups: {
    government: 'Gobierno',
    'un-system': 'Sistema de las Naciones Unidas',
    'civil-society': 'Sociedad civil',
    'private-sector': 'Sector privado',
    academia: 'Academia',
    donors: 'Donantes',
    other: 'Otros socios',
  },
};

export const ar: PartnerListMessages = {
  partners: 'الشركاء',
  roleGroups: {
    funding: 'بتمويل من',
    accountable: 'الجهات المسؤولة',
    extending: 'الجهات الوسيطة',
    implementing: 'بتنفيذ من',
    partner: 'الشركاء',
  },
  roles: {
    funding: 'جهة مانحة',
    accountable: 'الجهة المسؤولة',
    extending: 'الجهة الوسيطة',
    implementing: 'شريك منفِّذ',
    partner: 'شريك',
  },
  kindGroups: {
    government: 'الحكومة',
    'un-system': 'منظومة الأمم المتحدة',
    'civil-society': 'المجتمع المدني',
    'private-sector': 'القطاع الخاص',
    academia: 'الأوساط الأكاديمية',
    donors: 'المانحون',
    other: 'شركاء آخرون',
  },
};

export const ru: PartnerListMessages = {
  partners: 'Партнеры',
  roleGroups: {
    funding: 'При финансовой поддержке',
    accountable: 'Ответственные организации',
    extending: 'Организации-посредники',
    implementing: 'Исполнители',
    partner: 'Партнеры',
  },
  roles: {
    funding: 'Донор',
    accountable: 'Ответственная организация',
    extending: 'Организация-посредник',
    implementing: 'Партнер-исполнитель',
    partner: 'Партнер',
  },
  kindGroups: {
    government: 'Государственные органы',
    'un-system': 'Система ООН',
    'civil-society': 'Гражданское общество',
    'private-sector': 'Частный сектор',
    academia: 'Академическое сообщество',
    donors: 'Доноры',
    other: 'Другие партнеры',
  },
};

export const zh: PartnerListMessages = {
  partners: '合作伙伴',
  roleGroups: {
    funding: '资助方',
    accountable: '负责机构',
    extending: '中介机构',
    implementing: '执行方',
    partner: '合作伙伴',
  },
  roles: {
    funding: '资助方',
    accountable: '负责机构',
    extending: '中介机构',
    implementing: '执行伙伴',
    partner: '合作伙伴',
  },
  kindGroups: {
    government: '政府',
    'un-system': '联合国系统',
    'civil-society': '民间社会',
    'private-sector': '私营部门',
    academia: '学术界',
    donors: '捐助方',
    other: '其他伙伴',
  },
};

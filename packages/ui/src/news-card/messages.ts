import type { ArticleContentType } from '@iom/content';

export interface NewsCardMessages {
  /** The kind of item, shown as the card's label when the article gives no `label` of its own. */
  contentTypes: Record<ArticleContentType, string>;
}

export const en: NewsCardMessages = {
  contentTypes: {
    news: 'News',
    'press-release': 'Press release',
    story: 'Story',
    feature: 'Feature',
    statement: 'Statement',
    'briefing-note': 'Briefing note',
    'op-ed': 'Op-ed',
  },
};

export const fr: NewsCardMessages = {
  contentTypes: {
    news: 'Actualité',
    'press-release': 'Communiqué de presse',
    story: 'Récit',
    feature: 'Reportage',
    statement: 'Déclaration',
    'briefing-note': 'Note d’information',
    'op-ed': 'Tribune',
  },
};

export const es: NewsCardMessages = {
  contentTypes: {
    news: 'Noticia',
    'press-release': 'Comunicado de prensa',
    story: 'Historia',
    feature: 'Reportaje',
    statement: 'Declaración',
    'briefing-note': 'Nota informativa',
    'op-ed': 'Artículo de opinión',
  },
};

export const ar: NewsCardMessages = {
  contentTypes: {
    news: 'خبر',
    'press-release': 'بيان صحفي',
    story: 'قصة',
    feature: 'تقرير',
    statement: 'بيان',
    'briefing-note': 'مذكرة إحاطة',
    'op-ed': 'مقال رأي',
  },
};

export const ru: NewsCardMessages = {
  contentTypes: {
    news: 'Новости',
    'press-release': 'Пресс-релиз',
    story: 'История',
    feature: 'Репортаж',
    statement: 'Заявление',
    'briefing-note': 'Информационная записка',
    'op-ed': 'Авторская колонка',
  },
};

export const zh: NewsCardMessages = {
  contentTypes: {
    news: '新闻',
    'press-release': '新闻稿',
    story: '故事',
    feature: '专题报道',
    statement: '声明',
    'briefing-note': '简报',
    'op-ed': '评论文章',
  },
};

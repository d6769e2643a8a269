import { LanguageSwitcher, SiteFooter, SiteHeader } from '@iom/ui';
import { href, languages, site } from '../site';

interface FrameProps {
  lang: string;
  /** The same page in other languages, when it has them; else each language's home page. */
  alternates?: readonly { lang: string; href: string }[];
}

/** The top of every page: skip link, the office's name and the language switcher. */
export function Header({ lang, alternates }: FrameProps) {
  const pages =
    alternates ?? languages.map((language) => ({ lang: language, href: href.home(language) }));
  return (
    <SiteHeader
      name={site.name}
      homeHref={href.home(lang)}
      locale={lang}
      languageSwitcher={<LanguageSwitcher languages={pages} current={lang} locale={lang} />}
    />
  );
}

/** The bottom of every page. */
export function Footer({ lang }: FrameProps) {
  return (
    <SiteFooter name={site.name} parent="International Organization for Migration" locale={lang} />
  );
}

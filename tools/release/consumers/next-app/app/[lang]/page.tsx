// A React Server Component: no 'use client' anywhere, the components render on the server.
import { resolve } from '@iom/content';
import { sampleArticle, sampleCollection, sampleProject } from '@iom/content/samples';
import { NewsCard, PartnerList, ProjectSummary } from '@iom/ui';

export const metadata = { title: 'IOM Belarus' };

export default async function Page({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  const project = resolve(sampleProject, sampleCollection);
  const partners = sampleCollection.filter((document) => document.type === 'organisation');
  return (
    <main>
      <h1>IOM Belarus</h1>
      <NewsCard article={sampleArticle} headingLevel={2} locale={lang} />
      <ProjectSummary project={project} headingLevel={2} locale={lang} />
      <PartnerList organisations={partners} headingLevel={2} locale={lang} />
    </main>
  );
}

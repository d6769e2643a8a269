import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Article,
  ArticleSchema,
  type ContentDocument,
  type Event,
  EventSchema,
  OrganisationSchema,
  type Project,
  ProjectSchema,
  safeParseContent,
  validateCollection,
} from '@iom/content';
import { publicPageSamples, sampleCollection } from '@iom/content/samples';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import * as z from 'zod';
import { ContentSource } from '../src/content-source.js';
import { type DocumentModel, iomLoader } from '../src/index.js';
import { FakeWatcher, fakeLoaderContext, type LogLine } from './loader-context.js';

const samples = fileURLToPath(new URL('../../content/samples', import.meta.url));

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'iom-astro-loader-'));
  await cp(samples, join(root, 'content'), { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const editJson = async (file: string, edit: (value: Record<string, unknown>) => void) => {
  const path = join(root, 'content', file);
  const value = JSON.parse(await readFile(path, 'utf8'));
  edit(value);
  await writeFile(path, JSON.stringify(value, null, 2));
};

/** The ids of the kit's sample documents (both sets) of the given types, sorted. */
const sampleIds = (...types: ContentDocument['type'][]) =>
  [
    ...new Set(
      [...sampleCollection, ...publicPageSamples.collection]
        .filter((document) => types.includes(document.type))
        .map((document) => document.id),
    ),
  ].sort();

const errors = (logs: LogLine[]) =>
  logs.filter((line) => line.level === 'error').map((line) => line.message);

/** Counts how often the collection checks run, around the kit's own model. */
function countingModel(model: DocumentModel) {
  const calls = { collection: 0 };
  const counted: DocumentModel = {
    safeParseDocument: model.safeParseDocument,
    validateCollection: (documents, options) => {
      calls.collection += 1;
      return model.validateCollection(documents, options);
    },
  };
  return { model: counted, calls };
}

const kitModel = (): DocumentModel => ({
  safeParseDocument: (input) =>
    safeParseContent(
      z.discriminatedUnion('type', [OrganisationSchema, ProjectSchema, EventSchema, ArticleSchema]),
      input,
    ),
  validateCollection,
});

describe('iomLoader', () => {
  it('stores the valid documents of its type, by id, and reports the content valid', async () => {
    const loader = iomLoader({ base: 'content', type: 'article' });
    const { context, entries, logs } = fakeLoaderContext(root, 'news');
    await loader.load(context);

    expect([...entries.keys()].sort()).toEqual(sampleIds('article'));
    expect(entries.has('partners-discuss-migrant-healthcare-plan-ar')).toBe(true);
    const entry = entries.get('partners-discuss-migrant-healthcare-plan');
    expect(entry?.data).toMatchObject({ type: 'article', lang: 'en' });
    expect(entry?.digest).toBeDefined();
    expect(errors(logs)).toEqual([]);
    expect(logs.at(-1)?.message).toMatch(/all valid/);
  });

  it('gives Astro the schema of its type, so entries are typed', () => {
    expect(iomLoader({ base: 'content', type: 'event' }).schema).toBe(EventSchema);
    expect(iomLoader({ base: 'content', type: 'organisation' }).schema).toBe(OrganisationSchema);
  });

  it("types entries by the schema: the kit's, or the site's own", () => {
    const news = iomLoader({ base: 'content', type: 'article' });
    expectTypeOf<z.output<typeof news.schema>>().toEqualTypeOf<Article>();
    const work = iomLoader({ base: 'content', type: ['event', 'project'] });
    expectTypeOf<z.output<typeof work.schema>>().toEqualTypeOf<Event | Project>();
    const SiteArticleSchema = ArticleSchema.extend({ featured: z.boolean().optional() });
    const site = iomLoader({ base: 'content', type: 'article', schema: SiteArticleSchema });
    expectTypeOf<z.output<typeof site.schema>>().toExtend<Article>();
    expectTypeOf<z.output<typeof site.schema>>()
      .toHaveProperty('featured')
      .toEqualTypeOf<boolean | undefined>();
  });

  it('takes several types into one collection', async () => {
    const loader = iomLoader({ base: 'content', type: ['event', 'project'] });
    const { context, entries } = fakeLoaderContext(root, 'work');
    await loader.load(context);
    expect([...entries.keys()].sort()).toEqual(sampleIds('event', 'project'));
  });

  it('reports every problem with its file and path, then fails the build', async () => {
    await editJson('article.en.json', (article) => {
      delete article.summary;
      article.sumary = 'misspelt';
    });
    await editJson('event.json', (event) => {
      event.kind = 'roundtabel';
    });
    const loader = iomLoader({ base: 'content', type: 'article' });
    const { context, logs } = fakeLoaderContext(root, 'news');

    await expect(loader.load(context)).rejects.toThrow(
      /The content folder 'content' has 2 problems/,
    );
    expect(errors(logs)).toEqual([
      "content/article.en.json:116:3: sumary: unknown field 'sumary' — did you mean 'summary'?",
      expect.stringMatching(
        /^content\/event\.json:7:3: kind: 'roundtabel' is not one of the allowed values/,
      ),
      expect.stringMatching(/2 problems found in \d+ documents in \d+ files\. \d+ warnings\./),
    ]);
    // The kit's recommendations are logged as warnings and do not fail the build on their own.
    expect(logs.filter((line) => line.level === 'warn').length).toBeGreaterThan(0);
  });

  it('runs the collection checks once across every collection of the folder', async () => {
    await editJson('event.json', (event) => {
      event.organisers = ['iom-ukraine'];
    });
    const { model, calls } = countingModel(kitModel());
    const logs: LogLine[] = [];
    const collections = ['article', 'event', 'project', 'organisation'] as const;
    const results = await Promise.allSettled(
      collections.map((type) =>
        iomLoader({ base: 'content', type, model }).load(
          fakeLoaderContext(root, type, { logs }).context,
        ),
      ),
    );

    expect(calls.collection).toBe(1);
    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    const reference = errors(logs).filter((line) => line.includes('iom-ukraine'));
    expect(reference).toEqual([
      "content/event.json:16:5: organisers[0]: refers to 'iom-ukraine', but no document has that id",
    ]);
  });

  it('validates with a site model that adds its own fields, and stores them', async () => {
    const SiteArticleSchema = ArticleSchema.extend({ featured: z.boolean().optional() });
    const SiteDocumentSchema = z.discriminatedUnion('type', [
      OrganisationSchema,
      ProjectSchema,
      EventSchema,
      SiteArticleSchema,
    ]);
    const siteModel: DocumentModel = {
      safeParseDocument: (input) => safeParseContent(SiteDocumentSchema, input),
      validateCollection,
    };
    await editJson('article.en.json', (article) => {
      article.featured = true;
    });

    const kit = fakeLoaderContext(root, 'news');
    await expect(
      iomLoader({ base: 'content', type: 'article' }).load(kit.context),
    ).rejects.toThrow();
    expect(errors(kit.logs)[0]).toMatch(/featured: unknown field 'featured'/);

    const site = fakeLoaderContext(root, 'news');
    const loader = iomLoader({
      base: 'content',
      type: 'article',
      model: siteModel,
      schema: SiteArticleSchema,
    });
    expect(loader.schema).toBe(SiteArticleSchema);
    await loader.load(site.context);
    expect(errors(site.logs)).toEqual([]);
    expect(site.entries.get('partners-discuss-migrant-healthcare-plan')?.data).toMatchObject({
      featured: true,
    });
  });

  it('in astro dev, re-validates on save, reports once, and serves what is valid', async () => {
    const watcher = new FakeWatcher();
    const { model, calls } = countingModel(kitModel());
    const logs: LogLine[] = [];
    const news = fakeLoaderContext(root, 'news', { watcher, logs });
    const events = fakeLoaderContext(root, 'events', { watcher, logs });
    await iomLoader({ base: 'content', type: 'article', model }).load(news.context);
    await iomLoader({ base: 'content', type: 'event', model }).load(events.context);
    expect(calls.collection).toBe(1);
    expect(watcher.watched).toContain(join(root, 'content'));

    await editJson('article.ru.json', (article) => {
      article.lang = 'xx-not-a-language-tag';
    });
    // The watcher's listeners re-read the folder in the background; wait for the result.
    const eventually = (check: () => void) => vi.waitFor(check, { timeout: 20_000, interval: 20 });
    watcher.save(join(root, 'content', 'article.ru.json'));
    await eventually(() =>
      expect(news.entries.has('partners-discuss-migrant-healthcare-plan-ru')).toBe(false),
    );

    expect(calls.collection).toBe(2);
    expect(
      errors(logs).filter((line) => /^content\/article\.ru\.json:\d+:\d+: lang/.test(line)),
    ).toHaveLength(1);
    expect(news.entries.has('partners-discuss-migrant-healthcare-plan')).toBe(true);
    expect(events.entries.has('migrant-healthcare-roundtable')).toBe(true);

    await editJson('article.ru.json', (article) => {
      article.lang = 'ru';
    });
    // A file outside the folder is none of the loader's business; one inside it is.
    const refresh = vi.spyOn(ContentSource.prototype, 'refresh');
    watcher.save(join(root, 'elsewhere.json'));
    expect(refresh).not.toHaveBeenCalled();
    watcher.save(join(root, 'content', 'article.ru.json'));
    expect(refresh).toHaveBeenCalled();
    refresh.mockRestore();
    await eventually(() =>
      expect(news.entries.has('partners-discuss-migrant-healthcare-plan-ru')).toBe(true),
    );
    expect(calls.collection).toBe(3);
  });

  it('in astro dev, keeps the latest save when an older read finishes after it', async () => {
    const watcher = new FakeWatcher();
    const news = fakeLoaderContext(root, 'news', { watcher });
    await iomLoader({ base: 'content', type: 'article', model: kitModel() }).load(news.context);
    const russian = join(root, 'content', 'article.ru.json');
    const readFiles = ContentSource.prototype.load;

    // The first save's read is held back until after the second save's read is in the store.
    let firstRead: Promise<unknown> | undefined;
    let releaseFirst = () => {};
    const slow = vi.spyOn(ContentSource.prototype, 'load').mockImplementationOnce(function (
      this: ContentSource,
      logger,
    ) {
      const read = readFiles.call(this, logger);
      firstRead = read;
      return read.then((loaded) => new Promise((done) => (releaseFirst = () => done(loaded))));
    });
    await editJson('article.ru.json', (article) => {
      article.lang = 'xx-not-a-language-tag';
    });
    watcher.save(russian);
    await firstRead;
    slow.mockRestore();

    await editJson('article.ru.json', (article) => {
      article.lang = 'ru';
    });
    await new Promise((turn) => setTimeout(turn, 0));
    const reads = vi.spyOn(ContentSource.prototype, 'load');
    watcher.save(russian);
    await reads.mock.results[0]?.value;
    reads.mockRestore();
    expect(news.entries.has('partners-discuss-migrant-healthcare-plan-ru')).toBe(true);

    releaseFirst();
    await new Promise((turn) => setTimeout(turn, 0));
    expect(news.entries.has('partners-discuss-migrant-healthcare-plan-ru')).toBe(true);
  });
});

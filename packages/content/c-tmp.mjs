import * as z from 'zod';
import { ArticleSchema, EventSchema, ProjectSchema, OrganisationSchema, editorErrorMap } from './dist/index.js';
import { makeArticle } from './dist/testing.js';
import { paired } from '../../tools/bench/src/paired.mjs';
for (const S of [ArticleSchema, EventSchema, ProjectSchema, OrganisationSchema]) {
  const base = S.clone({ ...S._zod.def, checks: [] });
  try { z.compile(base, { strict: true }); console.log('ok', S._zod.def.checks?.length); } catch (e) { console.log('NO', e.message.slice(0, 90)); }
}
const base = z.compile(ArticleSchema.clone({ ...ArticleSchema._zod.def, checks: [] }));
const docs = Array.from({length:10000},(_,i)=>makeArticle({}, {seed:i+1}));
const json = JSON.stringify(docs);
const p = { error: editorErrorMap };
console.log(paired({ figure: ()=>{for(const d of docs) base.safeParse(d,p)}, baseline: ()=>JSON.parse(json), rounds: 3 }).ratio);
console.log(paired({ figure: ()=>{for(const d of docs) z.safeParse(base, d)}, baseline: ()=>JSON.parse(json), rounds: 3 }).ratio);

import * as z from 'zod';
import { ArticleSchema } from './article.js';
import { EventSchema } from './event.js';
import { OrganisationSchema } from './organisation.js';
import { ProjectSchema } from './project.js';

/** Any content document; `type` tells which. */
export const DocumentSchema = z
  .discriminatedUnion('type', [OrganisationSchema, ProjectSchema, EventSchema, ArticleSchema])
  .meta({ description: 'Any content document: an organisation, project, event or article.' });
export type ContentDocument = z.infer<typeof DocumentSchema>;

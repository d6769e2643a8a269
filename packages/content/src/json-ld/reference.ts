import type { Event, Project } from 'schema-dts';
import type { Event as ContentEvent } from '../schemas/event.js';
import type { Project as ContentProject } from '../schemas/project.js';
import type { AbsoluteUrl } from './urls.js';

/** A project or event as another node names it (an article's or event's `about`). */
export function documentReference(
  document: ContentProject | ContentEvent,
  absoluteUrl: AbsoluteUrl,
): Exclude<Project | Event, string> {
  const url = absoluteUrl(document.url);
  return document.type === 'project'
    ? { '@type': 'Project', name: document.title, url }
    : { '@type': 'Event', name: document.title, startDate: document.start, url };
}

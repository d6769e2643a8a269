import type { Block, Inline, NestedList, ResolvedBlock, TextSpan } from '@iom/content';
import { Fragment } from 'react';
import { Quote } from '../quote/quote.js';
import { type GetImageSet, ResponsiveImage } from '../responsive-image/responsive-image.js';
import { classNames } from '../shared/class-names.js';
import { type HeadingLevel, headingBelow, headingTag } from '../shared/heading.js';
import { languageAttributes } from '../shared/languages.js';
import { ContentLink, type LinkComponent } from '../shared/link.js';

export interface ArticleBodyProps {
  /** The rich text: an article's, project's or event's `body`. Required. */
  body: readonly (Block | ResolvedBlock)[];
  /** The level the body's top headings (level 1 in the content) take on the page; deeper ones follow, never past `h6`. Default: `2`. */
  headingLevel?: HeadingLevel;
  /** Language of the text (BCP 47), setting `lang` and `dir`. Default: the surrounding page's. */
  locale?: string;
  /** The site's link component for links in the text, like Next.js `Link`. Default: a plain `<a>`. */
  linkComponent?: LinkComponent;
  /** What the site's image pipeline made of each image: widths, formats, placeholder. Default: none. */
  getImageSet?: GetImageSet;
  /** Extra class names for the root element. Default: none. */
  className?: string;
}

/**
 * Renders a rich-text tree: paragraphs, headings moved to fit the page, lists, quotes and
 * images. It is a closed set of nodes, so nothing in the content can inject markup, and a link
 * with an unsafe URL keeps its words but loses its `href`.
 */
export function ArticleBody({
  body,
  headingLevel = 2,
  locale,
  linkComponent,
  getImageSet,
  className,
}: ArticleBodyProps) {
  const inline = (children: readonly Inline[]) => (
    <InlineContent nodes={children} linkComponent={linkComponent} />
  );
  return (
    <div
      className={classNames('iom-article-body', className)}
      {...(locale === undefined ? {} : languageAttributes(locale))}
    >
      {body.map((block, position) => {
        // Blocks have no ids and a body is rendered whole, so a block's position is its identity.
        const key = `${position}-${block.type}`;
        switch (block.type) {
          case 'paragraph':
            return <p key={key}>{inline(block.children)}</p>;
          case 'heading': {
            const Tag = headingTag(headingBelow(headingLevel, block.level - 1));
            return <Tag key={key}>{inline(block.children)}</Tag>;
          }
          case 'list':
            return <List key={key} list={block} linkComponent={linkComponent} />;
          case 'quote':
            return <Quote key={key} quote={block.quote} />;
          default:
            return (
              <figure key={key} className="iom-article-body__figure">
                <ResponsiveImage
                  image={block.image}
                  {...getImageSet?.(block.image)}
                  sizes="(min-width: 72rem) 70rem, 100vw"
                  className="iom-article-body__image"
                />
                {(block.image.caption !== undefined || block.image.credit !== undefined) && (
                  <figcaption className="iom-article-body__caption">
                    {block.image.caption}
                    {block.image.credit !== undefined && (
                      <small className="iom-article-body__credit">{block.image.credit}</small>
                    )}
                  </figcaption>
                )}
              </figure>
            );
        }
      })}
    </div>
  );
}

/** A bulleted or numbered list, with the lists nested under its items. */
function List({
  list,
  linkComponent,
}: {
  list: NestedList;
  linkComponent: LinkComponent | undefined;
}) {
  const Tag = list.style === 'numbered' ? 'ol' : 'ul';
  return (
    <Tag>
      {list.items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: list items have no ids and never move
        <li key={index}>
          <InlineContent nodes={item.children} linkComponent={linkComponent} />
          {item.list !== undefined && <List list={item.list} linkComponent={linkComponent} />}
        </li>
      ))}
    </Tag>
  );
}

function InlineContent({
  nodes,
  linkComponent,
}: {
  nodes: readonly Inline[];
  linkComponent: LinkComponent | undefined;
}) {
  return nodes.map((node, position) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: inline nodes have no ids and never move
    <Fragment key={position}>
      {node.type === 'text' ? (
        <Marked span={node} />
      ) : (
        <ContentLink href={node.href} linkComponent={linkComponent} className="iom-link">
          {node.children.map((span, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: spans have no ids and never move
            <Marked key={index} span={span} />
          ))}
        </ContentLink>
      )}
    </Fragment>
  ));
}

/** A text span wrapped in `<strong>` and `<em>` for its marks. */
function Marked({ span }: { span: TextSpan }) {
  const marks = span.marks ?? [];
  const emphasised = marks.includes('emphasis') ? <em>{span.text}</em> : span.text;
  return marks.includes('strong') ? <strong>{emphasised}</strong> : emphasised;
}

import { Fragment, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { Language } from '../../../core/model/schema/text';
import { useApp } from '../store';
import { linkTarget, parseMarkdown, type Block, type Inline } from './markdown';
import { guideImage, loadGuide } from './sources';

/** Heading ids carry a prefix so the guide's sections never clash with the app's own ids. */
const anchorId = (id: string) => `guide-${id}`;

/** Scrolls to a section and focuses its heading, once the pictures above it have their size (else they would push it away). */
async function goToSection(id: string): Promise<void> {
  await Promise.all([...document.querySelectorAll<HTMLImageElement>('.guide img')].map((img) => img.decode().catch(() => undefined)));
  const heading = document.getElementById(anchorId(id));
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

function Image({ src, alt }: { src: string; alt: string }) {
  const url = guideImage(src);
  // An image the build did not bundle is named, never fetched from elsewhere.
  if (!url) return <span className="muted">{`[${alt}]`}</span>;
  return <img src={url} alt={alt} />;
}

function InlineText({ nodes, follow }: { nodes: Inline[]; follow: (href: string) => void }): ReactNode {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return <Fragment key={i}>{node.text}</Fragment>;
      case 'strong':
        return (
          <strong key={i}>
            <InlineText nodes={node.children} follow={follow} />
          </strong>
        );
      case 'em':
        return (
          <em key={i}>
            <InlineText nodes={node.children} follow={follow} />
          </em>
        );
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'image':
        return <Image key={i} src={node.src} alt={node.alt} />;
      case 'link': {
        const target = linkTarget(node.href);
        // The app is offline: an outside address is shown as text, not followed.
        if (target.kind === 'outside')
          return (
            <span key={i}>
              <InlineText nodes={node.children} follow={follow} /> ({target.href})
            </span>
          );
        return (
          <a
            key={i}
            href={target.kind === 'anchor' ? `#${anchorId(target.id)}` : node.href}
            onClick={(event) => {
              event.preventDefault();
              follow(node.href);
            }}
          >
            <InlineText nodes={node.children} follow={follow} />
          </a>
        );
      }
    }
  });
}

function GuideBlock({ block, follow }: { block: Block; follow: (href: string) => void }) {
  switch (block.kind) {
    case 'heading': {
      const Tag = `h${block.level}` as const;
      return (
        <Tag id={anchorId(block.id)} tabIndex={-1}>
          <InlineText nodes={block.children} follow={follow} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p>
          <InlineText nodes={block.children} follow={follow} />
        </p>
      );
    case 'quote':
      return (
        <p className="guide-tip">
          <InlineText nodes={block.children} follow={follow} />
        </p>
      );
    case 'image':
      return (
        <figure className="guide-figure">
          <Image src={block.src} alt={block.alt} />
        </figure>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, i) => (
            <li key={i}>
              <InlineText nodes={item} follow={follow} />
            </li>
          ))}
        </List>
      );
    }
  }
}

/** The user guide of the interface language, rendered in the app from the bundled Markdown. */
export function GuideView() {
  const { t } = useTranslation('help');
  const language = useApp((s) => s.language);
  const section = useApp((s) => s.guideSection);
  const closeGuide = useApp((s) => s.closeGuide);
  const chooseLanguage = useApp((s) => s.chooseLanguage);
  const [text, setText] = useState<{ language: Language; source: string } | null>(null);
  const pending = useRef<string | null>(null);

  useEffect(() => {
    let current = true;
    void loadGuide(language).then((source) => {
      if (current) setText({ language, source });
    });
    return () => {
      current = false;
    };
  }, [language]);
  const blocks = useMemo(() => (text ? parseMarkdown(text.source) : []), [text]);

  // Once the text is on screen: the section asked for (from a screen's help, or a link to another language), else the title.
  useEffect(() => {
    if (!text) return;
    const id = pending.current ?? section?.id;
    pending.current = null;
    if (id) void goToSection(id);
    else document.getElementById('guide-title')?.focus();
  }, [text, section]);

  const follow = (href: string) => {
    const target = linkTarget(href);
    if (target.kind === 'anchor') void goToSection(target.id);
    else if (target.kind === 'guide') {
      pending.current = target.id;
      void chooseLanguage(target.language as Language);
    }
  };

  const contents = blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === 2);
  const [title, ...body] = blocks[0]?.kind === 'heading' && blocks[0].level === 1 ? blocks : [null, ...blocks];

  return (
    <article className="guide" aria-labelledby="guide-title" data-testid="guide">
      <div className="guide-bar">
        <button type="button" onClick={closeGuide}>
          {t('guide.back')}
        </button>
      </div>
      <h1 id="guide-title" tabIndex={-1}>
        {title?.kind === 'heading' ? <InlineText nodes={title.children} follow={follow} /> : t('guide.title')}
      </h1>
      {!text && (
        <p className="muted" role="status">
          {t('guide.loading')}
        </p>
      )}
      {contents.length > 0 && (
        <nav className="guide-contents" aria-label={t('guide.contents')}>
          <ol>
            {contents.map((h) => (
              <li key={h.id}>
                <a
                  href={`#${anchorId(h.id)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    void goToSection(h.id);
                  }}
                >
                  <InlineText nodes={h.children} follow={follow} />
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {body.map((block, i) => block && <GuideBlock key={i} block={block} follow={follow} />)}
    </article>
  );
}

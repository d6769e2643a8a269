import type { SiteMessages } from '../messages.js';

export function SiteFooter({ messages }: { messages: SiteMessages }) {
  return (
    <footer className="site-footer">
      <p className="site-footer__note">{messages.footer}</p>
    </footer>
  );
}

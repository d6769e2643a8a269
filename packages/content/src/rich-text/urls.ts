/** Why a URL was refused, in the words the schema uses for the same rule. */
export function unsafeUrlMessage(url: string): string {
  const protocol = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1];
  const shown = url.length > 60 ? `${url.slice(0, 57)}…` : url;
  return protocol !== undefined && !/^(?:https?|mailto|tel)$/i.test(protocol)
    ? `'${protocol.toLowerCase()}:' addresses are not allowed (${shown}); use an https:// address`
    : `'${shown}' is not an address a page can link to; use an https:// address or a site path like /news`;
}

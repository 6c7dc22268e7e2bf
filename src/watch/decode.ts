// Bytes of a page or feed to text in the charset it declares (HTTP header, byte-order mark, XML declaration or HTML meta), UTF-8 when it declares none.

export interface Decoded {
  text: string;
  charset: string;
  /** Set when the declared charset is unknown and the bytes were read as UTF-8 instead. */
  note: string | null;
}

/** The charset named by a Content-Type header, a BOM, or the document's own declaration in its first kilobytes. */
export function declaredCharset(body: Buffer, contentType: string | null): string | null {
  const header = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '');
  if (header) return header[1]!;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  // The declarations are ASCII in every charset a page may be in, so a Latin-1 reading finds them.
  const head = body.subarray(0, 4096).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1]! : null;
}

export function decodeBody(body: Buffer, contentType: string | null): Decoded {
  const charset = declaredCharset(body, contentType) ?? 'utf-8';
  try {
    const decoder = new TextDecoder(charset);
    return { text: decoder.decode(body), charset: decoder.encoding, note: null };
  } catch {
    return { text: new TextDecoder('utf-8').decode(body), charset: 'utf-8', note: `unknown charset "${charset}", read as UTF-8` };
  }
}

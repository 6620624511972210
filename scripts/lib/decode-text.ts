export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

/**
 * Decodes a ledger CSV the way agencies save them: UTF-8 (with or without BOM) or, when the bytes are not valid
 * UTF-8, GB18030 (a superset of GBK/GB2312, what Excel writes on Chinese Windows). A UTF-16 BOM is honoured too
 * because Excel's "Unicode text" export is UTF-16LE. The BOM is stripped by hand so the first header never carries it.
 */
export function decodeLedgerText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3)),
      encoding: 'utf-8',
      bom: true,
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      bom: true,
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      bom: true,
    };
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
      bom: false,
    };
  } catch {
    // gb18030 maps every byte sequence, so this cannot throw: garbage stays visible as odd characters in the report.
    const text = new TextDecoder('gb18030', { ignoreBOM: true }).decode(bytes);
    // GB18030's own BOM (84 31 95 33) decodes to U+FEFF.
    return {
      text: text.startsWith('\uFEFF') ? text.slice(1) : text,
      encoding: 'gb18030',
      bom: text.startsWith('\uFEFF'),
    };
  }
}

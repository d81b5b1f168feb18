// Share links in any text (a chat thread pasted whole): every `#/shared/<payload>` of any origin or sub-path.

/** One link found in a text. */
export interface FoundLink {
  /** The payload after `#/shared/` (possibly empty, or cut short: decoding says so). */
  payload: string;
  /** The link as it appears in the text, for messages. */
  text: string;
}

// The fragment may come percent-encoded (`%23`) from apps that escape it.
const LINK = /(?:#|%23)\/shared\/([A-Za-z0-9_-]*)/g;
/** How much of the address before the fragment a message shows (a scan back that stays linear on any text). */
const MAX_ADDRESS = 200;

/**
 * Every share link in `text`, in order. Bare payloads (without `#/shared/`) are not taken: in a chat thread any
 * long word would otherwise be reported as a damaged link.
 */
export function findShareLinks(text: string): FoundLink[] {
  const found: FoundLink[] = [];
  for (const match of text.matchAll(LINK)) {
    const end = match.index;
    let start = end;
    while (start > 0 && end - start < MAX_ADDRESS && !/\s/.test(text[start - 1]!)) start--;
    // Punctuation a chat app or a person puts around a link is not part of it.
    const address = text.slice(start, end).replace(/^[<(["'«“‘]+/, '');
    found.push({ payload: match[1] ?? '', text: address + match[0] });
  }
  return found;
}

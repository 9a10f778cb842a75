/** `unit` repeated to exactly n UTF-16 code units. */
export declare const fill: (unit: string, n: number) => string;
/** Adversarial documents by kind, each of exactly n code units (see adversarial.mjs). */
export declare const ADVERSARIAL: Readonly<
  Record<
    | 'random Unicode'
    | 'capitalized words'
    | 'capitals only'
    | '100,000 quotation marks'
    | 'quote marks, 1 MB'
    | 'quote after quote'
    | 'short quoted paragraphs'
    | 'full stops'
    | 'punctuation runs'
    | 'nested brackets'
    | 'no whitespace'
    | 'no whitespace, capitalized'
    | 'one 1 MB line of news'
    | 'numbers only'
    | 'dates only'
    | 'initials'
    | 'line breaks only'
    | 'spaces and tabs only'
    | 'titles and abbreviations',
    (n: number) => string
  >
>;

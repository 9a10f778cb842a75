// `extract [file...]`: reads inputs, runs the library, writes results in input order.
import type { HtmlArticle } from '../../render/html.js';
import type { ErrorRecord, ExtractOptions, Kind, Language, Result } from '../../types.js';
import { EXIT, exitCodeFor } from '../exit-code.js';
import { type CliIO, write } from '../io.js';

export interface ExtractFlags {
  format: 'table' | 'json' | 'jsonl' | 'html';
  json?: boolean;
  input: 'text' | 'jsonl';
  lang: 'auto' | Language;
  date?: string;
  only?: Kind[];
  explain?: boolean;
  color: boolean;
  /** Input is HTML (see src/text/html.ts). */
  html?: boolean;
  /** Largest document accepted, in bytes. */
  maxSize?: number;
  /** User lexicon files (--lexicon, repeatable) and the config file (--config FILE / --no-config). */
  lexicon?: string[];
  config?: string | false;
}

export async function runExtract(files: string[], flags: ExtractFlags, io: CliIO): Promise<number> {
  const format = flags.json ? 'json' : flags.format;
  const lexicons = await (await import('../../lexicon/cli.js')).cliLexicons(flags, io);
  if (lexicons === null) return EXIT.usage;
  const [{ extract }, inputs] = await Promise.all([import('../../pipeline.js'), import('../inputs.js')]);
  const source =
    flags.input === 'jsonl'
      ? inputs.jsonlInputs(files, io.stdin, flags)
      : inputs.textInputs(files, io.stdin, flags);
  const color = flags.color && io.stdoutIsTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '');
  const table = format === 'table' ? await import('../../render/table.js') : null;
  const html = format === 'html' ? await import('../../render/html.js') : null;
  const pages: (HtmlArticle | ErrorRecord)[] = [];
  const { renderJson, renderJsonLine } = await import('../../render/json.js');
  // json: one input → one object; several inputs (or any jsonl input) → an array in input order
  const asArray = format === 'json' && (flags.input === 'jsonl' || files.length > 1);

  let failures = 0;
  let count = 0;
  const emit = async (record: Result | ErrorRecord, text?: string): Promise<void> => {
    if (html) pages.push('schema' in record ? { result: record, text: text ?? '' } : record);
    else if (format === 'jsonl') await write(io.stdout, renderJsonLine(record));
    else if (format === 'json') {
      const prefix = asArray ? (count === 0 ? '[\n' : ',\n') : '';
      await write(io.stdout, prefix + renderJson(record, asArray) + (asArray ? '' : '\n'));
    } else if ('schema' in record && table) {
      const sep = count > 0 ? '\n' : '';
      await write(io.stdout, sep + table.renderTables(record, { color, explain: flags.explain ?? false }));
    }
    count++;
  };

  for await (const input of source) {
    for (const w of (input.kind === 'document' && input.warnings) || []) {
      io.stderr.write(`extract: ${input.label}: warning: ${w}\n`);
    }
    if (input.kind === 'error') {
      failures++;
      io.stderr.write(`extract: ${input.label}: ${input.message}\n`);
      await emit({ id: input.id, error: input.message });
      continue;
    }
    const options: ExtractOptions = {
      id: input.id,
      lang: input.lang ?? flags.lang,
      date: input.date ?? flags.date ?? null,
      explain: flags.explain ?? false,
      ...lexicons,
    };
    if (flags.only) options.only = flags.only;
    let result: Result;
    try {
      result = extract(input.text, options);
    } catch (err) {
      failures++;
      const message = err instanceof Error ? err.message : String(err);
      io.stderr.write(`extract: ${input.label}: ${message}\n`);
      await emit({ id: input.id, error: message });
      continue;
    }
    await emit(result, input.text);
  }
  if (asArray) await write(io.stdout, count === 0 ? '[]\n' : '\n]\n');
  if (html) await write(io.stdout, html.renderHtml(pages));
  return exitCodeFor(failures);
}

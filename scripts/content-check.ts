// Validates content/ and prints one summary line, or every problem with file, id and field.
import { resolve } from 'node:path';
import { formatContentError } from '../src/engine/check-content';
import { readContent } from './read-content';

const root = resolve(process.argv[2] ?? 'content');
const result = readContent(root);
if (!result.ok) {
  for (const error of result.errors) console.error(formatContentError(error));
  console.error(`content check failed: ${result.errors.length} problem(s)`);
  process.exit(1);
}
const { model, stages } = result.content;
const questions = stages.reduce((n, s) => n + s.questions.length, 0);
console.log(`content ok: ${stages.length} stages, ${questions} questions, languages ${model.languages.join(',')}`);

import type { Plugin } from 'vite';
import { buildAssessmentFileJsonSchema } from '../src/portability/assessment-file-schema.ts';

export const ASSESSMENT_SCHEMA_FILE = 'assessment-file.schema.json';

/**
 * Publishes the assessment file's JSON Schema, generated from the zod schema the importer uses,
 * as dist/assessment-file.schema.json (and at the same path from the dev server), so the two cannot drift.
 */
export function assessmentSchemaPlugin(): Plugin {
  const source = () => `${JSON.stringify(buildAssessmentFileJsonSchema(), null, 2)}\n`;
  return {
    name: 'peldano-assessment-schema',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.split('?')[0]?.endsWith(`/${ASSESSMENT_SCHEMA_FILE}`)) return next();
        res.setHeader('content-type', 'application/schema+json');
        res.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: ASSESSMENT_SCHEMA_FILE, source: source() });
    },
  };
}

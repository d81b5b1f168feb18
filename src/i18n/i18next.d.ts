import 'i18next';
import type app from './locales/es/app.json';
import type branding from './locales/es/branding.json';
import type downloads from './locales/es/downloads.json';
import type common from './locales/es/common.json';
import type landing from './locales/es/landing.json';
import type model from './locales/es/model.json';
import type portability from './locales/es/portability.json';
import type profile from './locales/es/profile.json';
import type questionnaire from './locales/es/questionnaire.json';
import type results from './locales/es/results.json';
import type scale from './locales/es/scale.json';
import type workshop from './locales/es/workshop.json';

// Spanish is the source locale: a key missing there fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      app: typeof app;
      landing: typeof landing;
      profile: typeof profile;
      questionnaire: typeof questionnaire;
      results: typeof results;
      model: typeof model;
      portability: typeof portability;
      workshop: typeof workshop;
      scale: typeof scale;
      branding: typeof branding;
      downloads: typeof downloads;
    };
  }
}

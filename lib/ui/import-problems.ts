import type { Translate } from '../i18n';
import type { ImportProblem } from '../settings-file';
import { SETTINGS_VERSION } from '../settings-schema';

/** One line per problem of a refused settings file, in the UI's language: where, and what is wrong. */
export function describeImportProblem(problem: ImportProblem, t: Translate): string {
  switch (problem.reason) {
    case 'too-large':
      return t('import_too_large', { bytes: problem.bytes });
    case 'not-json':
      return t('import_not_json', { detail: problem.detail });
    case 'foreign':
      return t('import_foreign');
    case 'bad-version':
      return t('import_bad_version', { path: problem.path });
    case 'newer-version':
      return t('import_newer_version', { version: problem.version, current: SETTINGS_VERSION });
    case 'unknown-setting':
      return t('import_unknown_setting', { path: problem.path });
    case 'unknown-category':
      return t('import_unknown_category', { path: problem.path, name: problem.name });
    case 'wrong-type':
      return t('import_wrong_type', {
        path: problem.path,
        expected: problem.expected,
        received: problem.received,
      });
    case 'bad-host':
      return t('import_bad_host', { path: problem.path, value: problem.value });
  }
}

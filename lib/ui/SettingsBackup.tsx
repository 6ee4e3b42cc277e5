import { useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n';
import { getStoredSettings, replaceStoredSettings } from '../settings';
import {
  type ImportProblem,
  parseSettingsFile,
  SETTINGS_FILE_MAX_BYTES,
  settingsFileName,
  settingsFileText,
} from '../settings-file';
import { describeImportProblem } from './import-problems';

type Outcome =
  | { kind: 'imported'; file: string }
  | { kind: 'refused'; file: string; problems: ImportProblem[] };

/** Export to a JSON file; import one back, refused whole with the reasons when anything is wrong. */
export function SettingsBackup({ t }: { t: Translate }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const fileInput = useRef<HTMLInputElement>(null);

  const exportFile = async () => {
    const now = new Date();
    const blob = new Blob([settingsFileText(await getStoredSettings(), now)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = settingsFileName(now);
    link.click();
    // The download has started from the object URL by now; release it on the next turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const importFile = async (file: File) => {
    // Refuse a wrong pick (a video, a disk image) before reading it all.
    const result =
      file.size > SETTINGS_FILE_MAX_BYTES
        ? ({ ok: false, problems: [{ reason: 'too-large', bytes: file.size }] } as const)
        : parseSettingsFile(await file.text());
    if (!result.ok) {
      setOutcome({ kind: 'refused', file: file.name, problems: [...result.problems] });
      return;
    }
    await replaceStoredSettings(result.settings);
    setOutcome({ kind: 'imported', file: file.name });
  };

  return (
    <div class="tl-backup">
      <div class="tl-row">
        <button type="button" class="tl-button" onClick={() => void exportFile()}>
          {t('options_export')}
        </button>
        <button type="button" class="tl-button" onClick={() => fileInput.current?.click()}>
          {t('options_import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          class="tl-visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="import-file"
          onChange={(event) => {
            const input = event.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {outcome?.kind === 'imported' && (
        <p class="tl-message" role="status" data-testid="import-result">
          {t('options_import_done', { file: outcome.file })}
        </p>
      )}
      {outcome?.kind === 'refused' && (
        <div class="tl-message tl-message--error" role="alert" data-testid="import-result">
          <p>{t('options_import_refused', { file: outcome.file })}</p>
          <ul class="tl-problems">
            {outcome.problems.map((problem) => (
              <li key={`${problem.reason}:${'path' in problem ? problem.path : ''}`}>
                {describeImportProblem(problem, t)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

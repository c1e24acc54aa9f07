/**
 * The progress of a section's long action: a bar (indeterminate until the share is known), what is being
 * done, and Cancel, which takes the focus while the work runs so keyboard users can stop it.
 */
import { forwardRef } from 'react';
import { Button, ProgressBar, Text } from '@fluentui/react-components';
import { WRAP } from './notice';
import type { Translate } from './translate';

export const ProgressLine = forwardRef<
  HTMLButtonElement,
  {
    /** What is being done, e.g. "Reading from Spring… 500 of 1,200 rows". */
    text: string;
    /** The share done (0–1), or undefined while unknown. */
    value: number | undefined;
    onCancel: () => void;
    t: Translate;
  }
>(function ProgressLine({ text, value, onCancel, t }, cancelButton) {
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <ProgressBar value={value} aria-label={text} />
      {/* Only the words are announced as they change, not the Cancel button with them. */}
      <Text role="status" size={200} style={WRAP}>
        {text}
      </Text>
      <Button ref={cancelButton} onClick={onCancel} style={{ justifySelf: 'start' }}>
        {t('cancel')}
      </Button>
    </div>
  );
});

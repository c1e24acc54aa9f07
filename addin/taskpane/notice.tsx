/**
 * A section's one message area: the outcome of its last action, replaced by the next one's. It wraps at
 * any pane width, is announced by screen readers (errors assertively), and takes the focus when the
 * action that produced it asked for it, so keyboard users land on the result.
 */
import { useEffect, useRef } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { Translate } from './translate';

/** What a section says after an action. */
export interface NoticeContent {
  intent: 'success' | 'warning' | 'error' | 'info';
  title?: string;
  text: string;
  /** The technical wording behind an error, folded away. */
  detail?: string;
}

/** Style that lets long words (addresses, table names) break instead of widening the pane. */
export const WRAP = { overflowWrap: 'anywhere', minWidth: 0 } as const;

export function Notice({
  notice,
  focus,
  t,
}: {
  notice: NoticeContent | undefined;
  /** Move the focus to the message when it appears (after an action the user started). */
  focus?: boolean;
  t: Translate;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice && focus) ref.current?.focus();
  }, [notice, focus]);
  // The live region stays in the page, so a new message inside it is announced.
  return (
    <div ref={ref} tabIndex={-1} aria-live={notice?.intent === 'error' ? 'assertive' : 'polite'} style={WRAP}>
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" style={WRAP}>
          <MessageBarBody style={WRAP}>
            {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
            <Text block style={WRAP}>
              {notice.text}
            </Text>
            {notice.detail && (
              <details>
                <summary>{t('technicalDetail')}</summary>
                <Text size={200} style={WRAP}>
                  {notice.detail}
                </Text>
              </details>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

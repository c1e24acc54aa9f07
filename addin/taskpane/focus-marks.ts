/**
 * A visible focus mark on every control the pane has: Fluent's inputs and comboboxes show only a 2 px
 * underline, which WCAG 2.1's "Focus Visible" (2.4.7) users miss; a 2 px outline around the whole control
 * is added. Scrollable grids, reachable with Tab, get the same mark.
 */
import { makeStaticStyles } from '@fluentui/react-components';

export const useFocusMarks = makeStaticStyles({
  '.fui-Input:focus-within, .fui-Dropdown:focus-within, .fui-Combobox:focus-within': {
    outline: '2px solid #0f6cbd',
    outlineOffset: '2px',
  },
  '[tabindex="0"]:focus-visible, summary:focus-visible, input:focus-visible': {
    outline: '2px solid #0f6cbd',
    outlineOffset: '2px',
  },
});

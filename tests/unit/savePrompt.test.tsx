// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SavePrompt, SAVED_NOTE_MS } from '../../components/SavePrompt';

let root: HTMLElement;
afterEach(() => {
  if (root) render(null, root);
  document.body.innerHTML = '';
  vi.useRealTimers();
});
function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}
/** Click, then let the save's promise settle and Preact re-render. */
const click = (b: HTMLButtonElement) =>
  act(async () => {
    b.click();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
const button = (el: HTMLElement, label: string) =>
  [...el.querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;

describe('SavePrompt (auto-save "ask")', () => {
  it('asks, saves on Save, says so, and goes away by itself afterwards', async () => {
    vi.useFakeTimers();
    const onSave = vi.fn(async () => ({ saved: true }));
    const onDone = vi.fn();
    const el = mount(<SavePrompt onSave={onSave} onDone={onDone} />);
    expect(el.textContent).toContain('Save this article to your Dramatis library?');
    // It never takes the focus from the page.
    expect(el.contains(document.activeElement)).toBe(false);
    await click(button(el, 'Save'));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(el.querySelector('[role=status]')?.textContent).toBe('Saved to your library.');
    expect(onDone).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SAVED_NOTE_MS);
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('shows why a save failed and keeps asking', async () => {
    const onDone = vi.fn();
    const el = mount(<SavePrompt onSave={async () => ({ saved: false, error: 'no space left' })} onDone={onDone} />);
    await click(button(el, 'Save'));
    expect(el.querySelector('.error')?.textContent).toBe('Could not save: no space left');
    expect(button(el, 'Save').disabled).toBe(false);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('a rejected save (background unreachable) is shown too', async () => {
    const el = mount(<SavePrompt onSave={() => Promise.reject(new Error('port closed'))} onDone={() => {}} />);
    await click(button(el, 'Save'));
    expect(el.querySelector('.error')?.textContent).toBe('Could not save: port closed');
  });

  it('"Not now" and Esc dismiss it without saving', async () => {
    const onSave = vi.fn(async () => ({ saved: true }));
    const onDone = vi.fn();
    const el = mount(<SavePrompt onSave={onSave} onDone={onDone} />);
    button(el, 'Not now').click();
    el.querySelector('.prompt')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onDone).toHaveBeenCalledTimes(2);
    expect(onSave).not.toHaveBeenCalled();
  });
});

import { useEffect } from 'react';
import type { StoreApi } from 'zustand';
import { localize } from '../../../core/model/localize';
import { activeSections, indexItems, relevantItems, scaleLevel, type LocatedItem } from '../../../core/model/questionnaire';
import type { Questionnaire } from '../../../core/model/schema/questionnaire';
import i18next from '../i18n';
import { applyItemCommand, type Effect, type ItemCommand, type RiskScale } from '../lib/item-commands';
import { commandFor, type FocusContext } from '../lib/keyboard';
import type { AppState } from '../store/types';

const EDITABLE = 'textarea, select, [contenteditable=""], [contenteditable="true"], input:not([type="radio"]):not([type="checkbox"]):not([type="button"]):not([type="submit"]):not([type="reset"])';

const indexes = new WeakMap<Questionnaire, Map<string, LocatedItem>>();
function indexOf(q: Questionnaire): Map<string, LocatedItem> {
  let index = indexes.get(q);
  if (!index) indexes.set(q, (index = indexItems(q)));
  return index;
}

function focusContext(target: EventTarget | null): FocusContext {
  const element = target instanceof Element ? target : null;
  return {
    editable: Boolean(element?.matches(EDITABLE)),
    textEntry: Boolean(element?.matches(EDITABLE) && !element.matches('select')),
    inItem: Boolean(element?.closest('[data-item]')),
    onItemFrame: Boolean(element?.matches('[data-item]')),
  };
}

const itemElements = () => [...document.querySelectorAll<HTMLElement>('main [data-item]')];

function describe(effect: Effect, itemId: string, state: AppState): string {
  const t = i18next.t.bind(i18next);
  switch (effect.kind) {
    case 'stage':
      return t('announce.stage', { stage: effect.stage, name: t(`stage.${effect.stage}`) });
    case 'dont-know':
    case 'not-applicable':
      return t(`announce.${effect.kind}`);
    case 'risk': {
      const questionnaire = state.content?.questionnaire;
      if (effect.scale === 'preparedness') return t('announce.risk', { scale: t('risk.preparedness'), value: `${effect.value} · ${t(`stage.${effect.value}`)}` });
      const scale = questionnaire ? localize(questionnaire.scales[effect.scale].title, i18next.language) : effect.scale;
      const name = questionnaire ? scaleLevel(questionnaire, effect.scale, effect.value, i18next.language).label : '';
      return t('announce.risk', { scale, value: `${effect.value} · ${name}` });
    }
    case 'option': {
      const item = state.content ? indexOf(state.content.questionnaire).get(itemId)?.item : undefined;
      const option = item && 'options' in item ? item.options?.find((o) => o.value === effect.label) : undefined;
      const label = option ? localize(option.label, i18next.language) : effect.label;
      return t(effect.checked ? 'announce.optionOn' : 'announce.optionOff', { label });
    }
  }
}

/**
 * The app's keyboard: shortcuts list (?), undo and redo everywhere, and on
 * the questionnaire 1–5 / D / N to answer the current item and J / K (or the
 * arrows on an item frame) to move between items, across sections.
 */
export function useShortcuts(store: StoreApi<AppState>): void {
  useEffect(() => {
    let lastItemId: string | null = null;
    const onFocusIn = (event: FocusEvent) => {
      const item = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-item]') : null;
      if (item?.dataset.item) lastItemId = item.dataset.item;
    };

    const currentItem = (): HTMLElement | null => {
      const active = document.activeElement?.closest<HTMLElement>('[data-item]');
      if (active) return active;
      return lastItemId ? document.querySelector<HTMLElement>(`main [data-item="${CSS.escape(lastItemId)}"]`) : null;
    };

    const focusItem = (element: HTMLElement) => {
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'nearest' });
    };

    const move = (direction: 1 | -1) => {
      const state = store.getState();
      const items = itemElements();
      const current = currentItem();
      let target: HTMLElement | undefined;
      if (current && items.includes(current)) target = items[items.indexOf(current) + direction];
      else {
        // From outside any item (the sidebar, a heading, the pager): the nearest item in that direction.
        const active = document.activeElement;
        if (!active || active === document.body) target = direction === 1 ? items[0] : items.at(-1);
        else if (direction === 1) target = items.find((el) => active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
        else target = [...items].reverse().find((el) => active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
      }
      if (target) return focusItem(target);
      // Past either end of the section: into the next or previous section.
      if (!state.content || !state.assessment) return;
      const sections = activeSections(state.content.questionnaire, state.assessment.modules);
      const index = sections.findIndex((s) => s.id === state.sectionId);
      const neighbour = sections[Math.max(0, index) + direction];
      if (!neighbour) {
        state.announce(i18next.t('announce.lastItem'));
        return;
      }
      const asked = relevantItems(neighbour, state.assessment.answers);
      const item = direction === 1 ? asked[0] : asked.at(-1);
      if (item) state.goToItem(item.id);
      state.announce(localize(neighbour.title, i18next.language));
    };

    const answer = (command: ItemCommand) => {
      const state = store.getState();
      const element = currentItem();
      if (!element?.dataset.item || !state.content || !state.assessment) {
        const first = itemElements()[0];
        if (first) focusItem(first);
        state.announce(i18next.t('announce.noItem'));
        return;
      }
      const itemId = element.dataset.item;
      const located = indexOf(state.content.questionnaire).get(itemId);
      if (!located) return;
      const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const scale = active?.closest<HTMLElement>('[data-scale]')?.dataset.scale as RiskScale | undefined;
      const applied = applyItemCommand(located.item, state.assessment.answers[itemId], command, element.contains(active) ? scale : undefined);
      if (!applied) return;
      state.setAnswer(itemId, applied.answer);
      state.announce(describe(applied.effect, itemId, store.getState()));
      // Keep the focus on the chosen radio when it was on one of the same group.
      if (active instanceof HTMLInputElement && active.type === 'radio' && element.contains(active)) {
        const name = active.name;
        requestAnimationFrame(() => element.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(name)}"]:checked`)?.focus());
      } else if (!element.contains(active)) focusItem(element);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const state = store.getState();
      // A modal dialog takes the keys (the DOM knows at once when Esc closed one; the store learns a moment later).
      if (document.querySelector('dialog[open]')) return;
      const command = commandFor(event, focusContext(event.target));
      if (!command) return;
      switch (command.type) {
        case 'undo':
        case 'redo': {
          if (!state.assessment) return;
          event.preventDefault();
          const possible = command.type === 'undo' ? state.past.length > 0 : state.future.length > 0;
          if (possible) state[command.type]();
          state.announce(i18next.t(possible ? (command.type === 'undo' ? 'edit.undone' : 'edit.redone') : command.type === 'undo' ? 'edit.nothingToUndo' : 'edit.nothingToRedo'));
          return;
        }
        case 'shortcuts':
          event.preventDefault();
          state.openDialog('shortcuts');
          return;
        case 'guide':
          event.preventDefault();
          state.openGuide();
          return;
        default:
          break;
      }
      if (state.view !== 'questionnaire' || !state.assessment) return;
      event.preventDefault();
      switch (command.type) {
        case 'next':
          return move(1);
        case 'previous':
          return move(-1);
        case 'leave-field': {
          const item = currentItem();
          if (item) focusItem(item);
          return;
        }
        case 'toggle-help': {
          const details = currentItem()?.querySelector('details');
          if (details) details.open = !details.open;
          return;
        }
        default:
          return answer(command);
      }
    };

    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [store]);
}

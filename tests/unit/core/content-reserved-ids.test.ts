import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseActionLibrary, parseQuestionnaire } from '../../../core/model/content';

const mini = join(__dirname, '../../fixtures/mini');

describe('reserved action ids', () => {
  it('refuses a library action whose id starts with "custom-"', () => {
    const q = parseQuestionnaire(readFileSync(join(mini, 'questionnaire.json'), 'utf8'));
    if (!q.ok) throw new Error('fixture');
    const library = JSON.parse(readFileSync(join(mini, 'actions.json'), 'utf8'));
    expect(parseActionLibrary(JSON.stringify(library), q.value).ok).toBe(true);
    library.actions[0].id = 'custom-gpu-pilot';
    library.actions[1].prerequisites = ['custom-gpu-pilot'];
    const parsed = parseActionLibrary(JSON.stringify(library), q.value);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([{ path: '$.actions[0].id', code: 'content.reservedActionId', params: {} }]);
  });
});

describe('contentKind', () => {
  it('tells a questionnaire from an action library by content, whatever the file is called', async () => {
    const { contentKind } = await import('../../../core/model/content');
    expect(contentKind(readFileSync(join(mini, 'questionnaire.json'), 'utf8'))).toBe('questionnaire');
    expect(contentKind(readFileSync(join(mini, 'actions.json'), 'utf8'))).toBe('actions');
    expect(contentKind('{"format": 1}')).toBeNull();
    expect(contentKind('[1, 2]')).toBeNull();
    expect(contentKind('not json')).toBeNull();
  });
});

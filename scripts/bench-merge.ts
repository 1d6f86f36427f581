import { performance } from 'node:perf_hooks';
import { loadBundled } from '../cli/content';
import { serializeAssessment } from '../core/model/assessment-file';
import { makeDemoResponses } from '../core/demo/responses';
import { assessmentFromResponses, mergeView } from '../core/workshop/merge';
import { parseResponse, serializeResponse } from '../core/workshop/response-file';

const RUNS = 7;
const RESPONDENTS = 50;

/**
 * Median time to merge 50 complete response files of the bundled
 * questionnaire, as the facilitator experiences it: parse every file, build
 * the assessment, compute the merge view, serialise the result.
 */
export async function benchMerge(): Promise<{ merge_50_ms: number }> {
  const content = loadBundled().get('capamap-core');
  if (!content) throw new Error('the bundled questionnaire capamap-core is missing');
  const q = content.questionnaire;
  const texts = makeDemoResponses(q, { seed: 42, count: RESPONDENTS, now: '2026-01-15T09:00:00.000Z' }).map(serializeResponse);
  const once = () => {
    const files = texts.map((text) => {
      const parsed = parseResponse(text);
      if (!parsed.ok) throw new Error(`a demo response does not parse: ${JSON.stringify(parsed.problems[0])}`);
      return parsed.value;
    });
    const { assessment } = assessmentFromResponses(q, files);
    const view = mergeView(q, assessment);
    if (view.totals.respondents !== RESPONDENTS) throw new Error('not every respondent was merged');
    return serializeAssessment(assessment).length;
  };
  once(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    once();
    times.push(performance.now() - start);
    await Promise.resolve();
  }
  times.sort((a, b) => a - b);
  return { merge_50_ms: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10 };
}

if (require.main === module) {
  // Run as a child process by the benchmark: a rejection ends it non-zero, which the parent reports.
  void benchMerge().then((result) => console.log(JSON.stringify(result)));
}

import type { Channel, CostBand, LeadActor } from '../model/schema/actions';
import type { PriorityBand } from '../method/priorities';

/** Languages a report can be printed in. */
export const REPORT_LANGUAGES = ['en', 'fr', 'es', 'zh'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

type Five = readonly [string, string, string, string, string];

/** Every fixed text of the report, in one language. Sentences with values are functions. */
export interface ReportLabels {
  reportTitle: string;
  reportKind: string;
  runningTitle: string;
  pageOf: (page: number, total: number) => string;
  contents: string;
  sections: { summary: string; profile: string; pillars: string; security: string; roadmap: string; appendix: string };
  stages: Five;
  stageWord: string;
  /** "stage 2 (emerging)" */
  stageNamed: (stage: number, name: string) => string;
  phases: { 1: string; 2: string; 3: string };
  phaseTitle: (phase: number, name: string) => string;
  leadActors: Record<LeadActor, string>;
  channels: Record<Channel, string>;
  costBands: Record<CostBand, { name: string; range: string }>;
  confidence: { low: string; medium: string; high: string };
  bands: Record<PriorityBand, string>;
  answers: { dontKnow: string; notApplicable: string; notAnswered: string; notAsked: string; riskValues: (l: string, i: string, p: string) => string };
  none: string;
  cover: {
    institution: string;
    country: string;
    assessmentDate: string;
    generated: string;
    leadRespondent: string;
    versions: string;
    assessmentId: string;
    questionnaire: string;
    actionLibrary: string;
    method: string;
    confidentiality: string;
    noConfidentiality: string;
    footnote: string;
  };
  summary: {
    intro: (institution: string, country: string, date: string, answered: number, asked: number, completeness: string) => string;
    strongest: (pillar: string, score: string) => string;
    largestGap: (pillar: string, gap: string) => string;
    stands: string;
    priorities: string;
    firstActions: string;
    noRisks: string;
    noActions: string;
  };
  columns: {
    pillar: string;
    score: string;
    stage: string;
    current: string;
    target: string;
    gap: string;
    completeness: string;
    confidence: string;
    answered: string;
    rank: string;
    risk: string;
    area: string;
    likelihoodShort: string;
    impactShort: string;
    preparednessShort: string;
    priority: string;
    preparedness: string;
    action: string;
    lead: string;
    cost: string;
    item: string;
    answer: string;
    notes: string;
    evidence: string;
    name: string;
    agency: string;
    role: string;
    section: string;
    asked: string;
    dontKnow: string;
    notApplicable: string;
    band: string;
    range: string;
    spread: string;
    meanSpread: string;
    agreed: string;
    open: string;
    resolved: string;
    change: string;
  };
  profile: {
    intro: string;
    answeredOf: (answered: number, asked: number, dontKnow: number, notApplicable: number) => string;
    tableHeading: string;
    radarTitle: string;
    radarCurrent: string;
    radarTarget: string;
    noData: string;
  };
  pillar: {
    stands: string;
    exists: string;
    next: string;
    standSentence: (score: string, stage: string, target: string, gap: string, completeness: string, confidence: string) => string;
    noScore: (target: string, completeness: string) => string;
    existsIntro: string;
    noneEstablished: string;
    nothingAnswered: string;
    note: string;
    nextIntro: string;
    nextStep: (from: string, to: string) => string;
    atTarget: string;
    actionsIntro: string;
    noActions: string;
    /** Before a page number: "p. 12". */
    page: string;
  };
  security: {
    intro: string;
    heatTitle: string;
    likelihood: string;
    impact: string;
    preparednessPrefix: string;
    markLegend: string;
    shadeLegend: string;
    ranked: string;
    meaning: string;
    now: string;
    next: string;
    atTop: string;
    notAssessed: string;
    noRisks: string;
  };
  roadmap: {
    intro: (cap: number) => string;
    timeline: string;
    cards: string;
    deferred: string;
    deferredIntro: string;
    dropped: (count: number) => string;
    partners: string;
    channels: string;
    prerequisites: string;
    successIndicator: string;
    why: string;
    whyStage: (statement: string, stage: number) => string;
    whyRisk: (statement: string, preparedness: number) => string;
    owner: string;
    due: string;
    pilot: string;
    custom: string;
    notes: { 'pushed-by-capacity': string; 'after-prerequisite': string; 'kept-edited': string };
    noActions: string;
  };
  appendix: {
    answers: string;
    respondents: string;
    noRespondents: string;
    method: string;
    methodVersion: (version: string) => string;
    formulas: readonly string[];
    phaseCap: (cap: number) => string;
    costBands: string;
    assumptions: string;
    assumptionList: readonly string[];
    completeness: string;
    risksAssessed: (assessed: number, asked: number) => string;
  };
  /** "Where respondents disagree" (assessments with two or more respondents) and the appendix marks. */
  disagreement: {
    title: string;
    intro: (respondents: number, agencies: number, agreed: number, open: number, resolved: number) => string;
    respondents: string;
    byArea: string;
    byAreaIntro: string;
    contested: string;
    contestedIntro: string;
    spreadOf: (spread: string) => string;
    decided: (date: string) => string;
    open: string;
    consensus: string;
    note: string;
    noConsensus: string;
    /** The appendix legend; mark is the contested marker. */
    legend: (mark: string) => string;
    none: string;
  };
  /** "Progress since <date>" (when a baseline assessment is given). */
  progress: {
    title: (date: string) => string;
    intro: (date: string, id: string) => string;
    scores: string;
    risks: string;
    risksIntro: string;
    actions: string;
    actionsIntro: (done: number, total: number) => string;
    noneDone: (total: number) => string;
    noActions: string;
    otherInstitution: (name: string) => string;
    datedLater: string;
    otherVersion: (then: string, now: string) => string;
  };
}

const MONTHS: Record<ReportLanguage, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  zh: [],
};

/** A calendar date (YYYY-MM-DD, or the date part of an ISO date-time) written out; no locale data needed. */
export function formatDate(iso: string, language: ReportLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (language === 'zh') return `${year}年${month}月${day}日`;
  const name = MONTHS[language][month - 1] ?? m;
  if (language === 'es') return `${day} de ${name} de ${year}`;
  if (language === 'fr') return `${day === 1 ? '1er' : day} ${name} ${year}`;
  return `${day} ${name} ${year}`;
}

/** A decimal number with the language's decimal mark. */
export function formatDecimal(value: number, digits: number, language: ReportLanguage): string {
  const text = (Math.round(value * 10 ** digits) / 10 ** digits).toFixed(digits);
  const clean = /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
  return language === 'fr' || language === 'es' ? clean.replace('.', ',') : clean;
}

/** A change with its sign: "+0.4", "−0.4" (a true minus sign), "0.0" when it rounds to zero. */
export function formatChange(value: number, digits: number, language: ReportLanguage): string {
  const text = formatDecimal(Math.abs(value), digits, language);
  if (Math.round(Math.abs(value) * 10 ** digits) === 0) return text;
  return `${value > 0 ? '+' : '\u2212'}${text}`;
}

/** A share (0–1) as a whole percentage, spaced as the language writes it. */
export function formatPercent(share: number, language: ReportLanguage): string {
  const value = Math.round(share * 100);
  return language === 'fr' || language === 'es' ? `${value}\u00a0%` : `${value}%`;
}

const en: ReportLabels = {
  reportTitle: 'AI capacity-building roadmap',
  reportKind: 'Self-assessment of AI capacity and AI security priorities',
  runningTitle: 'AI capacity-building roadmap',
  pageOf: (page, total) => `Page ${page} of ${total}`,
  contents: 'Contents',
  sections: {
    summary: 'Executive summary',
    profile: 'Capacity profile',
    pillars: 'Capacity by pillar',
    security: 'Security priorities',
    roadmap: 'Roadmap',
    appendix: 'Appendix: answers and method',
  },
  stages: ['nascent', 'emerging', 'established', 'advanced', 'leading'],
  stageWord: 'Stage',
  stageNamed: (stage, name) => `stage ${stage} (${name})`,
  phases: { 1: '0–12 months', 2: '1–3 years', 3: '3–5 years' },
  phaseTitle: (phase, name) => `Phase ${phase}: ${name}`,
  leadActors: {
    ministry: 'Ministry',
    regulator: 'Regulator',
    'statistics-office': 'National statistics office',
    'university-research': 'Universities and research',
    'private-sector': 'Private sector',
    'international-organisation': 'International organisations',
    'civil-society': 'Civil society',
  },
  channels: {
    'regional-bodies': 'Regional bodies',
    'un-agencies': 'UN agencies',
    'open-source-communities': 'Open-source communities',
    'pooled-funds': 'Pooled funds',
    'south-south': 'South–South cooperation',
    'bilateral-partners': 'Bilateral partners',
    'development-banks': 'Development banks',
    'standards-bodies': 'Standards bodies',
  },
  costBands: {
    low: { name: 'Low', range: 'under USD 100,000' },
    medium: { name: 'Medium', range: 'USD 100,000 to 1 million' },
    high: { name: 'High', range: 'USD 1 to 10 million' },
    'very-high': { name: 'Very high', range: 'over USD 10 million' },
  },
  confidence: { low: 'Low', medium: 'Medium', high: 'High' },
  bands: { high: 'High', medium: 'Medium', low: 'Low' },
  answers: {
    dontKnow: "Don't know",
    notApplicable: 'Not applicable',
    notAnswered: 'Not answered',
    notAsked: 'Not asked (does not apply given earlier answers)',
    riskValues: (l, i, p) => `Likelihood ${l}, impact ${i}, preparedness ${p}`,
  },
  none: '—',
  cover: {
    institution: 'Institution',
    country: 'Country',
    assessmentDate: 'Assessment date',
    generated: 'Report generated',
    leadRespondent: 'Lead respondent',
    versions: 'Versions',
    assessmentId: 'Assessment',
    questionnaire: 'Questionnaire',
    actionLibrary: 'Action library',
    method: 'Method',
    confidentiality: 'Confidentiality',
    noConfidentiality: 'No confidentiality mark set',
    footnote: 'Prepared with CapaMap. Maturity stages run from 1 (nascent) to 5 (leading). This is a self-assessment: it reflects what the respondents knew on the assessment date.',
  },
  summary: {
    intro: (institution, country, date, answered, asked, completeness) =>
      `This report sets out where ${institution} (${country}) stands on AI capacity and AI security, as self-assessed on ${date}, and what to do first. ${answered} of ${asked} indicators were answered with a stage (${completeness} of the data needed).`,
    strongest: (pillar, score) => `Strongest pillar: ${pillar} (${score} of 5).`,
    largestGap: (pillar, gap) => `Largest gap to target: ${pillar} (${gap} stages).`,
    stands: 'Where it stands',
    priorities: 'Top security priorities',
    firstActions: 'Five actions to start in the first 12 months',
    noRisks: 'No security risk was fully assessed (likelihood, impact and preparedness).',
    noActions: 'No action is scheduled for the first 12 months.',
  },
  columns: {
    pillar: 'Pillar',
    score: 'Score',
    stage: 'Stage',
    current: 'Current',
    target: 'Target',
    gap: 'Gap',
    completeness: 'Completeness',
    confidence: 'Confidence',
    answered: 'Answered',
    rank: 'Rank',
    risk: 'Risk',
    area: 'Area',
    likelihoodShort: 'L',
    impactShort: 'I',
    preparednessShort: 'P',
    priority: 'Priority',
    preparedness: 'Preparedness',
    action: 'Action',
    lead: 'Lead',
    cost: 'Cost',
    item: 'Item',
    answer: 'Answer',
    notes: 'Notes',
    evidence: 'Evidence',
    name: 'Name',
    agency: 'Agency',
    role: 'Role',
    section: 'Section',
    asked: 'Asked',
    dontKnow: "Don't know",
    notApplicable: 'N/A',
    band: 'Band',
    range: 'Indicative range',
    spread: 'Spread',
    meanSpread: 'Mean spread',
    agreed: 'Agreed',
    open: 'Open',
    resolved: 'Resolved',
    change: 'Change',
  },
  profile: {
    intro:
      'The chart compares the current stage of each pillar (solid line) with its target (dashed line). A score is the weighted mean of the answered indicators on the five-stage scale; completeness is the share of indicators with data; confidence averages the respondents’ confidence marks.',
    answeredOf: (answered, asked, dontKnow, notApplicable) => `${answered} of ${asked}${dontKnow ? `, ${dontKnow} don’t know` : ''}${notApplicable ? `, ${notApplicable} n/a` : ''}`,
    tableHeading: 'Scores, gaps and data quality',
    radarTitle: 'Capacity profile: current and target stage per pillar',
    radarCurrent: 'Current stage',
    radarTarget: 'Target stage',
    noData: 'no data',
  },
  pillar: {
    stands: 'Where you stand',
    exists: 'What exists',
    next: 'What to do next',
    standSentence: (score, stage, target, gap, completeness, confidence) =>
      `Score ${score} of 5, which reaches ${stage}. Target: stage ${target}; gap: ${gap} stages. ${completeness} of the indicators have data; confidence: ${confidence}.`,
    noScore: (target, completeness) => `No indicator of this pillar was answered with a stage, so it has no score. Target: stage ${target}. ${completeness} of the indicators have data.`,
    existsIntro: 'Indicators at the established stage or above, with what is observably in place:',
    noneEstablished: 'No indicator has reached the established stage yet. The most developed are:',
    nothingAnswered: 'No indicator was answered with a stage.',
    note: 'Note',
    nextIntro: 'Next stage up for the indicators furthest below the target:',
    nextStep: (from, to) => `From ${from} to ${to}:`,
    atTarget: 'Every answered indicator is at or above the target.',
    actionsIntro: 'Roadmap actions for this pillar:',
    noActions: 'No roadmap action is triggered for this pillar.',
    page: 'p.\u00a0',
  },
  security: {
    intro:
      'Each risk is rated for likelihood and impact (1–5) and for preparedness on the five-stage scale. Priority = likelihood × impact × (6 − preparedness) ÷ 125, from near 0 to 1: high from 0.40, medium from 0.15.',
    heatTitle: 'Security risks by likelihood and impact',
    likelihood: 'Likelihood',
    impact: 'Impact',
    preparednessPrefix: 'P',
    markLegend: '“3 · P2” = priority rank 3, preparedness stage 2. Heavy border: high priority; dashed border: low priority.',
    shadeLegend: 'Darker cells: higher likelihood × impact.',
    ranked: 'Ranked risks',
    meaning: 'What the preparedness stage means',
    now: 'Now',
    next: 'Next stage',
    atTop: 'Already at the leading stage: keep it tested and resourced.',
    notAssessed: 'Not fully assessed (likelihood, impact or preparedness missing):',
    noRisks: 'No security risk was fully assessed.',
  },
  roadmap: {
    intro: (cap) =>
      `Actions are triggered by the answers: an indicator below its target, or a risk with low preparedness. Your decisions come first, then the areas take turns and the most urgent action goes first; no action comes before a prerequisite, and each of the three phases holds at most ${cap} actions, custom actions included. Phases and cost bands are indicative.`,
    timeline: 'Timeline',
    cards: 'Action cards',
    deferred: 'Beyond the five-year horizon',
    deferredIntro: 'Triggered, but left for later because every phase is full or a prerequisite could not be scheduled:',
    dropped: (count) => `${count} triggered action(s) were set aside by the user.`,
    partners: 'Partners',
    channels: 'Cooperation channels',
    prerequisites: 'Prerequisites',
    successIndicator: 'Success indicator',
    why: 'Why (triggered by)',
    whyStage: (statement, stage) => `${statement} (stage ${stage})`,
    whyRisk: (statement, preparedness) => `${statement} (preparedness ${preparedness})`,
    owner: 'Owner',
    due: 'Due',
    pilot: 'Small-cut pilot: start narrow, then widen.',
    custom: 'Added by the assessment team.',
    notes: {
      'pushed-by-capacity': 'Moved to a later phase because the earlier phases were full.',
      'after-prerequisite': 'Scheduled after its prerequisites.',
      'kept-edited': 'Kept because it was edited, although the answers no longer trigger it.',
    },
    noActions: 'No action is triggered by the answers.',
  },
  appendix: {
    answers: 'All answers',
    respondents: 'Respondents',
    noRespondents: 'No respondents were recorded.',
    method: 'Method',
    methodVersion: (version) => `CapaMap method version ${version}.`,
    formulas: [
      'Pillar score: weighted mean of the stages (1–5) of the answered indicators; “don’t know” and “not applicable” are left out. A pillar reaches the stage its score has fully attained (2.6 reaches stage 2).',
      'Target: the stage set by the assessment team or, by default, one stage above the stage reached (stage 3 when there is no score). Gap = max(0, target − score): zero when the pillar is at or above its target.',
      'Completeness: indicators answered with a stage or “not applicable”, divided by the indicators asked.',
      'Confidence: mean of the respondents’ marks (low = 1/3, medium = 2/3, high = 1; unmarked counts as medium).',
      'Risk priority = likelihood × impact × (6 − preparedness) ÷ 125; high from 0.40, medium from 0.15, otherwise low.',
      'An action is triggered when an indicator’s stage lies in the action’s trigger range and below the pillar target, or when a risk’s preparedness is in range. Urgency is the weighted gap, or 5 × the risk priority.',
    ],
    phaseCap: (cap) =>
      `Scheduling: your decisions first (actions you edited or added, and what they need); then the areas take turns, so that the roadmap stays balanced; among equals, the most urgent first. No action comes before a prerequisite, and a phase holds at most ${cap} actions, custom actions included; the rest moves to a later phase or beyond the five-year horizon.`,
    costBands: 'Cost bands (indicative, US dollars)',
    assumptions: 'Assumptions',
    assumptionList: [
      'The answers are a self-assessment by the respondents; they were not audited.',
      'Stages describe what is observably in place on the assessment date, not plans.',
      'Targets express the institution’s ambition for a five-year horizon.',
      'Phases, cost bands and lead actors are indicative starting points for planning with partners, not budgets or commitments.',
      'Indicators and risks left unanswered or marked “don’t know” are not counted in scores; see data completeness below.',
    ],
    completeness: 'Data completeness',
    risksAssessed: (assessed, asked) => `Security risks fully assessed: ${assessed} of ${asked}.`,
  },
  disagreement: {
    title: 'Where respondents disagree',
    intro: (respondents, agencies, agreed, open, resolved) =>
      `${respondents} respondents${agencies ? ` from ${agencies} ${agencies === 1 ? 'agency' : 'agencies'}` : ''} answered separately. They agreed on ${agreed} ${agreed === 1 ? 'question' : 'questions'}; the facilitator recorded a consensus on ${resolved}${open ? `, and ${open} ${open === 1 ? 'remains' : 'remain'} open (without a consensus answer, ${open === 1 ? 'it does' : 'they do'} not count in the scores)` : ''}.`,
    respondents: 'Respondents',
    byArea: 'Disagreement by area',
    byAreaIntro:
      'The spread of a question is the highest minus the lowest stage the respondents gave (for a risk, the largest over likelihood, impact and preparedness); the mean spread averages it over the questions of the area. “Don’t know” takes no position.',
    contested: 'Most contested questions',
    contestedIntro: 'The questions with the largest spread, with every position taken and who took it.',
    spreadOf: (spread) => `spread ${spread}`,
    decided: (date) => `Consensus recorded by the facilitator on ${date}`,
    open: 'No consensus yet: this question does not count in the scores until the facilitator records one.',
    consensus: 'Consensus',
    note: 'Facilitator’s note',
    noConsensus: 'No consensus',
    legend: (mark) =>
      `${mark} marks a question the respondents disagreed on; “No consensus” means the facilitator has not recorded one yet. Spread: the highest minus the lowest stage among the respondents (for a risk, the largest over likelihood, impact and preparedness).`,
    none: 'No question is contested.',
  },
  progress: {
    title: (date) => `Progress since ${date}`,
    intro: (date, id) => `This compares the answers of ${date} (assessment ${id}) with today’s, both read with the current questionnaire. A change is today’s value minus the earlier one.`,
    scores: 'Pillar scores',
    risks: 'Risk priorities',
    risksIntro: 'A negative change means the risk is less pressing now.',
    actions: 'Actions of the previous roadmap now done',
    actionsIntro: (done, total) =>
      `${done} of the ${total} library ${total === 1 ? 'action' : 'actions'} of the previous roadmap ${done === 1 ? 'is' : 'are'} now done: every question that triggered ${done === 1 ? 'it' : 'them'} now sits above the range that triggered ${done === 1 ? 'it' : 'them'}.`,
    noneDone: (total) => `None of the ${total} library ${total === 1 ? 'action' : 'actions'} of the previous roadmap is done yet.`,
    noActions: 'The previous roadmap had no library action to check.',
    otherInstitution: (name) => `The earlier assessment is of ${name}.`,
    datedLater: 'The earlier assessment is dated after this one.',
    otherVersion: (then, now) => `The earlier assessment used questionnaire version ${then}, this one ${now}; both are compared on the current questions.`,
  },
};

const fr: ReportLabels = {
  reportTitle: 'Feuille de route pour le renforcement des capacités en IA',
  reportKind: 'Auto-évaluation des capacités en IA et des priorités de sécurité de l’IA',
  runningTitle: 'Feuille de route des capacités en IA',
  pageOf: (page, total) => `Page ${page} sur ${total}`,
  contents: 'Table des matières',
  sections: {
    summary: 'Synthèse',
    profile: 'Profil des capacités',
    pillars: 'Capacités par pilier',
    security: 'Priorités de sécurité',
    roadmap: 'Feuille de route',
    appendix: 'Annexe : réponses et méthode',
  },
  stages: ['naissant', 'émergent', 'établi', 'avancé', 'pionnier'],
  stageWord: 'Stade',
  stageNamed: (stage, name) => `stade ${stage} (${name})`,
  phases: { 1: '0 à 12 mois', 2: '1 à 3 ans', 3: '3 à 5 ans' },
  phaseTitle: (phase, name) => `Phase ${phase} : ${name}`,
  leadActors: {
    ministry: 'Ministère',
    regulator: 'Autorité de régulation',
    'statistics-office': 'Institut national de la statistique',
    'university-research': 'Universités et recherche',
    'private-sector': 'Secteur privé',
    'international-organisation': 'Organisations internationales',
    'civil-society': 'Société civile',
  },
  channels: {
    'regional-bodies': 'Organisations régionales',
    'un-agencies': 'Agences des Nations unies',
    'open-source-communities': 'Communautés open source',
    'pooled-funds': 'Fonds communs',
    'south-south': 'Coopération Sud-Sud',
    'bilateral-partners': 'Partenaires bilatéraux',
    'development-banks': 'Banques de développement',
    'standards-bodies': 'Organismes de normalisation',
  },
  costBands: {
    low: { name: 'Faible', range: 'moins de 100 000 USD' },
    medium: { name: 'Moyen', range: '100 000 USD à 1 million USD' },
    high: { name: 'Élevé', range: '1 à 10 millions USD' },
    'very-high': { name: 'Très élevé', range: 'plus de 10 millions USD' },
  },
  confidence: { low: 'Faible', medium: 'Moyenne', high: 'Élevée' },
  bands: { high: 'Élevée', medium: 'Moyenne', low: 'Faible' },
  answers: {
    dontKnow: 'Ne sait pas',
    notApplicable: 'Sans objet',
    notAnswered: 'Sans réponse',
    notAsked: 'Non posée (sans objet au vu des réponses précédentes)',
    riskValues: (l, i, p) => `Probabilité ${l}, impact ${i}, niveau de préparation ${p}`,
  },
  none: '—',
  cover: {
    institution: 'Institution',
    country: 'Pays',
    assessmentDate: 'Date de l’évaluation',
    generated: 'Rapport généré le',
    leadRespondent: 'Répondant principal',
    versions: 'Versions',
    assessmentId: 'Évaluation',
    questionnaire: 'Questionnaire',
    actionLibrary: 'Bibliothèque d’actions',
    method: 'Méthode',
    confidentiality: 'Confidentialité',
    noConfidentiality: 'Aucune mention de confidentialité',
    footnote:
      'Préparé avec CapaMap. Les stades de maturité vont de 1 (naissant) à 5 (pionnier). Il s’agit d’une auto-évaluation : elle reflète ce que les répondants savaient à la date de l’évaluation.',
  },
  summary: {
    intro: (institution, country, date, answered, asked, completeness) =>
      `Ce rapport présente la situation de ${institution} (${country}) en matière de capacités et de sécurité de l’IA, selon l’auto-évaluation du ${date}, et les premières mesures à prendre. ${answered} indicateurs sur ${asked} ont reçu un stade (${completeness} des données nécessaires).`,
    strongest: (pillar, score) => `Pilier le plus solide : ${pillar} (${score} sur 5).`,
    largestGap: (pillar, gap) => `Écart le plus important par rapport à la cible : ${pillar} (${gap} stades).`,
    stands: 'Où en est l’institution',
    priorities: 'Principales priorités de sécurité',
    firstActions: 'Cinq actions à lancer dans les 12 premiers mois',
    noRisks: 'Aucun risque de sécurité n’a été entièrement évalué (probabilité, impact et niveau de préparation).',
    noActions: 'Aucune action n’est prévue pour les 12 premiers mois.',
  },
  columns: {
    pillar: 'Pilier',
    score: 'Score',
    stage: 'Stade',
    current: 'Actuel',
    target: 'Cible',
    gap: 'Écart',
    completeness: 'Complétude',
    confidence: 'Confiance',
    answered: 'Réponses',
    rank: 'Rang',
    risk: 'Risque',
    area: 'Domaine',
    likelihoodShort: 'Prob.',
    impactShort: 'Imp.',
    preparednessShort: 'Prép.',
    priority: 'Priorité',
    preparedness: 'Niveau de préparation',
    action: 'Action',
    lead: 'Pilote',
    cost: 'Coût',
    item: 'Question',
    answer: 'Réponse',
    notes: 'Notes',
    evidence: 'Justificatifs',
    name: 'Nom',
    agency: 'Organisme',
    role: 'Fonction',
    section: 'Section',
    asked: 'Posées',
    dontKnow: 'Ne sait pas',
    notApplicable: 'Sans objet',
    band: 'Tranche',
    range: 'Fourchette indicative',
    spread: 'Dispersion',
    meanSpread: 'Dispersion moyenne',
    agreed: 'Accord',
    open: 'Ouvertes',
    resolved: 'Tranchées',
    change: 'Évolution',
  },
  profile: {
    intro:
      'Le graphique compare le stade actuel de chaque pilier (trait plein) à sa cible (trait pointillé). Le score est la moyenne pondérée des indicateurs renseignés sur l’échelle à cinq stades ; la complétude est la part des indicateurs renseignés ; la confiance est la moyenne des degrés de confiance indiqués par les répondants.',
    answeredOf: (answered, asked, dontKnow, notApplicable) => `${answered} sur ${asked}${dontKnow ? `, ${dontKnow} ne sait pas` : ''}${notApplicable ? `, ${notApplicable} sans objet` : ''}`,
    tableHeading: 'Scores, écarts et qualité des données',
    radarTitle: 'Profil des capacités : stade actuel et stade cible par pilier',
    radarCurrent: 'Stade actuel',
    radarTarget: 'Stade cible',
    noData: 'aucune donnée',
  },
  pillar: {
    stands: 'Où vous en êtes',
    exists: 'Ce qui existe',
    next: 'Prochaines étapes',
    standSentence: (score, stage, target, gap, completeness, confidence) =>
      `Score de ${score} sur 5, soit le ${stage}. Cible : stade ${target} ; écart : ${gap} stades. ${completeness} des indicateurs sont renseignés ; confiance : ${confidence}.`,
    noScore: (target, completeness) => `Aucun indicateur de ce pilier n’a reçu de stade ; il n’a donc pas de score. Cible : stade ${target}. ${completeness} des indicateurs sont renseignés.`,
    existsIntro: 'Indicateurs au stade établi ou au-delà, avec ce qui est effectivement en place :',
    noneEstablished: 'Aucun indicateur n’a encore atteint le stade établi. Les plus avancés sont :',
    nothingAnswered: 'Aucun indicateur n’a reçu de stade.',
    note: 'Note',
    nextIntro: 'Stade suivant pour les indicateurs les plus éloignés de la cible :',
    nextStep: (from, to) => `Du ${from} au ${to} :`,
    atTarget: 'Tous les indicateurs renseignés ont atteint ou dépassé la cible.',
    actionsIntro: 'Actions de la feuille de route pour ce pilier :',
    noActions: 'Aucune action de la feuille de route ne concerne ce pilier.',
    page: 'p.\u00a0',
  },
  security: {
    intro:
      'Chaque risque est évalué selon sa probabilité et son impact (1 à 5) et selon le niveau de préparation sur l’échelle à cinq stades. Priorité = probabilité × impact × (6 − préparation) ÷ 125, de presque 0 à 1 : élevée à partir de 0,40, moyenne à partir de 0,15.',
    heatTitle: 'Risques de sécurité selon la probabilité et l’impact',
    likelihood: 'Probabilité',
    impact: 'Impact',
    preparednessPrefix: 'P',
    markLegend: '« 3 · P2 » = rang de priorité 3, niveau de préparation au stade 2. Bordure épaisse : priorité élevée ; bordure pointillée : priorité faible.',
    shadeLegend: 'Cases plus foncées : probabilité × impact plus élevé.',
    ranked: 'Classement des risques',
    meaning: 'Ce que signifie le niveau de préparation',
    now: 'Actuellement',
    next: 'Stade suivant',
    atTop: 'Déjà au stade pionnier : le maintenir testé et doté de moyens.',
    notAssessed: 'Risques non entièrement évalués (probabilité, impact ou niveau de préparation manquant) :',
    noRisks: 'Aucun risque de sécurité n’a été entièrement évalué.',
  },
  roadmap: {
    intro: (cap) =>
      `Les actions découlent des réponses : un indicateur en deçà de sa cible ou un risque face auquel la préparation est faible. Vos décisions passent en premier, puis les domaines passent à tour de rôle et la plus urgente d’abord ; aucune action ne précède un prérequis, et chacune des trois phases compte au plus ${cap} actions, actions personnalisées comprises. Les phases et les tranches de coût sont indicatives.`,
    timeline: 'Calendrier',
    cards: 'Fiches actions',
    deferred: 'Au-delà de l’horizon de cinq ans',
    deferredIntro: 'Actions déclenchées mais reportées, faute de place dans les phases ou parce qu’un prérequis n’a pas pu être planifié :',
    dropped: (count) => `${count} action(s) déclenchée(s) ont été écartées par l’utilisateur.`,
    partners: 'Partenaires',
    channels: 'Canaux de coopération',
    prerequisites: 'Prérequis',
    successIndicator: 'Indicateur de réussite',
    why: 'Pourquoi (déclenchée par)',
    whyStage: (statement, stage) => `${statement} (stade ${stage})`,
    whyRisk: (statement, preparedness) => `${statement} (préparation ${preparedness})`,
    owner: 'Responsable',
    due: 'Échéance',
    pilot: 'Projet pilote ciblé : commencer petit, puis étendre.',
    custom: 'Ajoutée par l’équipe d’évaluation.',
    notes: {
      'pushed-by-capacity': 'Reportée à une phase ultérieure, les phases précédentes étant complètes.',
      'after-prerequisite': 'Planifiée après ses prérequis.',
      'kept-edited': 'Conservée parce qu’elle a été modifiée, bien que les réponses ne la déclenchent plus.',
    },
    noActions: 'Aucune action n’est déclenchée par les réponses.',
  },
  appendix: {
    answers: 'Toutes les réponses',
    respondents: 'Répondants',
    noRespondents: 'Aucun répondant n’a été enregistré.',
    method: 'Méthode',
    methodVersion: (version) => `Version ${version} de la méthode CapaMap.`,
    formulas: [
      'Score d’un pilier : moyenne pondérée des stades (1 à 5) des indicateurs renseignés ; les réponses « ne sait pas » et « sans objet » sont exclues. Un pilier atteint le stade que son score a entièrement franchi (2,6 correspond au stade 2).',
      'Cible : le stade fixé par l’équipe d’évaluation ou, par défaut, un stade au-dessus du stade atteint (stade 3 en l’absence de score). Écart = max(0, cible − score) : nul lorsque le pilier atteint ou dépasse sa cible.',
      'Complétude : indicateurs ayant reçu un stade ou « sans objet », divisés par le nombre d’indicateurs posés.',
      'Confiance : moyenne des degrés indiqués par les répondants (faible = 1/3, moyenne = 2/3, élevée = 1 ; sans indication, moyenne).',
      'Priorité d’un risque = probabilité × impact × (6 − préparation) ÷ 125 ; élevée à partir de 0,40, moyenne à partir de 0,15, faible sinon.',
      'Une action est déclenchée lorsque le stade d’un indicateur se situe dans la plage de déclenchement de l’action et sous la cible du pilier, ou lorsque le niveau de préparation face à un risque se situe dans cette plage. L’urgence est l’écart pondéré, ou 5 × la priorité du risque.',
    ],
    phaseCap: (cap) =>
      `Planification : d’abord vos décisions (actions modifiées ou ajoutées, et celles dont elles dépendent) ; puis les domaines passent à tour de rôle, pour une feuille de route équilibrée ; à égalité, la plus urgente d’abord. Aucune action ne précède un prérequis et une phase compte au plus ${cap} actions, actions personnalisées comprises ; le reste passe à une phase ultérieure ou au-delà de l’horizon de cinq ans.`,
    costBands: 'Tranches de coût (indicatives, en dollars des États-Unis)',
    assumptions: 'Hypothèses',
    assumptionList: [
      'Les réponses constituent une auto-évaluation des répondants ; elles n’ont pas été auditées.',
      'Les stades décrivent ce qui est effectivement en place à la date de l’évaluation, et non des projets.',
      'Les cibles expriment l’ambition de l’institution à un horizon de cinq ans.',
      'Les phases, tranches de coût et acteurs pilotes sont des points de départ indicatifs pour la planification avec les partenaires, et non des budgets ou des engagements.',
      'Les indicateurs et risques sans réponse ou marqués « ne sait pas » ne comptent pas dans les scores ; voir la complétude des données ci-dessous.',
    ],
    completeness: 'Complétude des données',
    risksAssessed: (assessed, asked) => `Risques de sécurité entièrement évalués : ${assessed} sur ${asked}.`,
  },
  disagreement: {
    title: 'Points de désaccord entre répondants',
    intro: (respondents, agencies, agreed, open, resolved) =>
      `${respondents} répondants${agencies ? ` de ${agencies} ${agencies === 1 ? 'organisme' : 'organismes'}` : ''} ont répondu séparément. Ils sont d’accord sur ${agreed} ${agreed <= 1 ? 'question' : 'questions'} ; l’animateur a arrêté un consensus sur ${resolved} ${resolved <= 1 ? 'question' : 'questions'}${open ? ` et ${open} ${open === 1 ? 'reste ouverte' : 'restent ouvertes'} (sans réponse de consensus, ${open === 1 ? 'elle ne compte' : 'elles ne comptent'} pas dans les scores)` : ''}.`,
    respondents: 'Répondants',
    byArea: 'Désaccords par domaine',
    byAreaIntro:
      'La dispersion d’une question est l’écart entre le stade le plus élevé et le stade le plus bas donnés par les répondants (pour un risque, le plus grand écart entre probabilité, impact et préparation) ; la dispersion moyenne en est la moyenne sur les questions du domaine. « Ne sait pas » ne compte pas comme une position.',
    contested: 'Questions les plus disputées',
    contestedIntro: 'Les questions à la plus forte dispersion, avec chaque position exprimée et les répondants qui l’ont exprimée.',
    spreadOf: (spread) => `dispersion ${spread}`,
    decided: (date) => `Consensus arrêté par l’animateur le ${date}`,
    open: 'Pas encore de consensus : cette question ne compte pas dans les scores tant que l’animateur n’en a pas arrêté un.',
    consensus: 'Consensus',
    note: 'Note de l’animateur',
    noConsensus: 'Pas de consensus',
    legend: (mark) =>
      `${mark} signale une question sur laquelle les répondants étaient en désaccord ; « Pas de consensus » signifie que l’animateur n’en a pas encore arrêté. Dispersion : écart entre le stade le plus élevé et le stade le plus bas donnés par les répondants (pour un risque, le plus grand écart entre probabilité, impact et préparation).`,
    none: 'Aucune question n’est disputée.',
  },
  progress: {
    title: (date) => `Progrès depuis le ${date}`,
    intro: (date, id) =>
      `Comparaison des réponses du ${date} (évaluation ${id}) avec celles d’aujourd’hui, toutes lues avec le questionnaire actuel. L’évolution est la valeur actuelle moins la valeur antérieure.`,
    scores: 'Scores des piliers',
    risks: 'Priorités des risques',
    risksIntro: 'Une évolution négative signifie que le risque est moins pressant aujourd’hui.',
    actions: 'Actions de la feuille de route précédente désormais réalisées',
    actionsIntro: (done, total) =>
      `${done} des ${total} actions de la bibliothèque prévues par la feuille de route précédente ${done <= 1 ? 'est désormais réalisée' : 'sont désormais réalisées'} : chaque question qui les avait déclenchées se situe maintenant au-dessus de la plage de déclenchement.`,
    noneDone: (total) => `Aucune des ${total} actions de la bibliothèque prévues par la feuille de route précédente n’est encore réalisée.`,
    noActions: 'La feuille de route précédente ne comportait aucune action de la bibliothèque à vérifier.',
    otherInstitution: (name) => `L’évaluation antérieure porte sur ${name}.`,
    datedLater: 'L’évaluation antérieure est datée après celle-ci.',
    otherVersion: (then, now) => `L’évaluation antérieure utilisait la version ${then} du questionnaire, celle-ci la version ${now} ; les deux sont comparées sur les questions actuelles.`,
  },
};

const es: ReportLabels = {
  reportTitle: 'Hoja de ruta para el fortalecimiento de capacidades en IA',
  reportKind: 'Autoevaluación de capacidades en IA y prioridades de seguridad de la IA',
  runningTitle: 'Hoja de ruta de capacidades en IA',
  pageOf: (page, total) => `Página ${page} de ${total}`,
  contents: 'Índice',
  sections: {
    summary: 'Resumen ejecutivo',
    profile: 'Perfil de capacidades',
    pillars: 'Capacidades por pilar',
    security: 'Prioridades de seguridad',
    roadmap: 'Hoja de ruta',
    appendix: 'Anexo: respuestas y método',
  },
  stages: ['incipiente', 'emergente', 'consolidado', 'avanzado', 'líder'],
  stageWord: 'Etapa',
  stageNamed: (stage, name) => `la etapa ${stage} (${name})`,
  phases: { 1: '0–12 meses', 2: '1–3 años', 3: '3–5 años' },
  phaseTitle: (phase, name) => `Fase ${phase}: ${name}`,
  leadActors: {
    ministry: 'Ministerio',
    regulator: 'Organismo regulador',
    'statistics-office': 'Oficina nacional de estadística',
    'university-research': 'Universidades e investigación',
    'private-sector': 'Sector privado',
    'international-organisation': 'Organismos internacionales',
    'civil-society': 'Sociedad civil',
  },
  channels: {
    'regional-bodies': 'Organismos regionales',
    'un-agencies': 'Agencias de las Naciones Unidas',
    'open-source-communities': 'Comunidades de código abierto',
    'pooled-funds': 'Fondos mancomunados',
    'south-south': 'Cooperación Sur-Sur',
    'bilateral-partners': 'Socios bilaterales',
    'development-banks': 'Bancos de desarrollo',
    'standards-bodies': 'Organismos de normalización',
  },
  costBands: {
    low: { name: 'Bajo', range: 'menos de 100 000 USD' },
    medium: { name: 'Medio', range: 'de 100 000 USD a 1 millón de USD' },
    high: { name: 'Alto', range: 'de 1 a 10 millones de USD' },
    'very-high': { name: 'Muy alto', range: 'más de 10 millones de USD' },
  },
  confidence: { low: 'Baja', medium: 'Media', high: 'Alta' },
  bands: { high: 'Alta', medium: 'Media', low: 'Baja' },
  answers: {
    dontKnow: 'No sabe',
    notApplicable: 'No aplica',
    notAnswered: 'Sin respuesta',
    notAsked: 'No formulada (no aplica según respuestas anteriores)',
    riskValues: (l, i, p) => `Probabilidad ${l}, impacto ${i}, nivel de preparación ${p}`,
  },
  none: '—',
  cover: {
    institution: 'Institución',
    country: 'País',
    assessmentDate: 'Fecha de la evaluación',
    generated: 'Informe generado el',
    leadRespondent: 'Persona responsable',
    versions: 'Versiones',
    assessmentId: 'Evaluación',
    questionnaire: 'Cuestionario',
    actionLibrary: 'Biblioteca de acciones',
    method: 'Método',
    confidentiality: 'Confidencialidad',
    noConfidentiality: 'Sin marca de confidencialidad',
    footnote:
      'Elaborado con CapaMap. Las etapas de madurez van de 1 (incipiente) a 5 (líder). Se trata de una autoevaluación: refleja lo que sabían las personas encuestadas en la fecha de la evaluación.',
  },
  summary: {
    intro: (institution, country, date, answered, asked, completeness) =>
      `Este informe expone la situación de ${institution} (${country}) en capacidades y seguridad de la IA, según la autoevaluación del ${date}, y lo que conviene hacer primero. Se asignó una etapa a ${answered} de ${asked} indicadores (${completeness} de los datos necesarios).`,
    strongest: (pillar, score) => `Pilar más sólido: ${pillar} (${score} de 5).`,
    largestGap: (pillar, gap) => `Mayor brecha respecto a la meta: ${pillar} (${gap} etapas).`,
    stands: 'Situación actual',
    priorities: 'Principales prioridades de seguridad',
    firstActions: 'Cinco acciones para iniciar en los primeros 12 meses',
    noRisks: 'Ningún riesgo de seguridad se evaluó por completo (probabilidad, impacto y nivel de preparación).',
    noActions: 'No hay acciones previstas para los primeros 12 meses.',
  },
  columns: {
    pillar: 'Pilar',
    score: 'Puntuación',
    stage: 'Etapa',
    current: 'Actual',
    target: 'Meta',
    gap: 'Brecha',
    completeness: 'Completitud',
    confidence: 'Confianza',
    answered: 'Respondidos',
    rank: 'Puesto',
    risk: 'Riesgo',
    area: 'Ámbito',
    likelihoodShort: 'Prob.',
    impactShort: 'Imp.',
    preparednessShort: 'Prep.',
    priority: 'Prioridad',
    preparedness: 'Nivel de preparación',
    action: 'Acción',
    lead: 'Responsable',
    cost: 'Costo',
    item: 'Pregunta',
    answer: 'Respuesta',
    notes: 'Notas',
    evidence: 'Evidencia',
    name: 'Nombre',
    agency: 'Organismo',
    role: 'Cargo',
    section: 'Sección',
    asked: 'Formuladas',
    dontKnow: 'No sabe',
    notApplicable: 'No aplica',
    band: 'Tramo',
    range: 'Rango indicativo',
    spread: 'Dispersión',
    meanSpread: 'Dispersión media',
    agreed: 'Acuerdo',
    open: 'Abiertas',
    resolved: 'Resueltas',
    change: 'Cambio',
  },
  profile: {
    intro:
      'El gráfico compara la etapa actual de cada pilar (línea continua) con su meta (línea discontinua). La puntuación es la media ponderada de los indicadores respondidos en la escala de cinco etapas; la completitud es la proporción de indicadores con datos; la confianza promedia el grado de confianza indicado por las personas encuestadas.',
    answeredOf: (answered, asked, dontKnow, notApplicable) => `${answered} de ${asked}${dontKnow ? `, ${dontKnow} no sabe` : ''}${notApplicable ? `, ${notApplicable} no aplica` : ''}`,
    tableHeading: 'Puntuaciones, brechas y calidad de los datos',
    radarTitle: 'Perfil de capacidades: etapa actual y meta por pilar',
    radarCurrent: 'Etapa actual',
    radarTarget: 'Etapa meta',
    noData: 'sin datos',
  },
  pillar: {
    stands: 'Dónde se encuentra',
    exists: 'Qué existe',
    next: 'Próximos pasos',
    standSentence: (score, stage, target, gap, completeness, confidence) =>
      `Puntuación de ${score} sobre 5, que alcanza ${stage}. Meta: etapa ${target}; brecha: ${gap} etapas. El ${completeness} de los indicadores tiene datos; confianza: ${confidence}.`,
    noScore: (target, completeness) => `Ningún indicador de este pilar recibió una etapa, por lo que no tiene puntuación. Meta: etapa ${target}. El ${completeness} de los indicadores tiene datos.`,
    existsIntro: 'Indicadores en la etapa consolidada o superior, con lo que está efectivamente en marcha:',
    noneEstablished: 'Ningún indicador ha alcanzado aún la etapa consolidada. Los más desarrollados son:',
    nothingAnswered: 'Ningún indicador recibió una etapa.',
    note: 'Nota',
    nextIntro: 'Etapa siguiente para los indicadores más alejados de la meta:',
    nextStep: (from, to) => `De ${from} a ${to}:`,
    atTarget: 'Todos los indicadores respondidos están en la meta o por encima.',
    actionsIntro: 'Acciones de la hoja de ruta para este pilar:',
    noActions: 'Ninguna acción de la hoja de ruta se refiere a este pilar.',
    page: 'pág.\u00a0',
  },
  security: {
    intro:
      'Cada riesgo se valora por su probabilidad y su impacto (1 a 5) y por el nivel de preparación en la escala de cinco etapas. Prioridad = probabilidad × impacto × (6 − preparación) ÷ 125, de casi 0 a 1: alta desde 0,40, media desde 0,15.',
    heatTitle: 'Riesgos de seguridad según probabilidad e impacto',
    likelihood: 'Probabilidad',
    impact: 'Impacto',
    preparednessPrefix: 'P',
    markLegend: '«3 · P2» = puesto 3 en prioridad, nivel de preparación en la etapa 2. Borde grueso: prioridad alta; borde discontinuo: prioridad baja.',
    shadeLegend: 'Celdas más oscuras: mayor probabilidad × impacto.',
    ranked: 'Clasificación de riesgos',
    meaning: 'Qué significa el nivel de preparación',
    now: 'Ahora',
    next: 'Etapa siguiente',
    atTop: 'Ya en la etapa líder: mantenerla probada y dotada de recursos.',
    notAssessed: 'Riesgos no evaluados por completo (falta probabilidad, impacto o nivel de preparación):',
    noRisks: 'Ningún riesgo de seguridad se evaluó por completo.',
  },
  roadmap: {
    intro: (cap) =>
      `Las acciones se derivan de las respuestas: un indicador por debajo de su meta o un riesgo con baja preparación. Primero van sus decisiones, después las áreas se turnan y va primero la más urgente; ninguna acción va antes de un requisito previo, y cada una de las tres fases tiene como máximo ${cap} acciones, incluidas las personalizadas. Las fases y los tramos de costo son indicativos.`,
    timeline: 'Calendario',
    cards: 'Fichas de acción',
    deferred: 'Más allá del horizonte de cinco años',
    deferredIntro: 'Acciones activadas pero aplazadas porque todas las fases están completas o no pudo programarse un requisito previo:',
    dropped: (count) => `La persona usuaria descartó ${count} acción(es) activada(s).`,
    partners: 'Socios',
    channels: 'Canales de cooperación',
    prerequisites: 'Requisitos previos',
    successIndicator: 'Indicador de éxito',
    why: 'Por qué (activada por)',
    whyStage: (statement, stage) => `${statement} (etapa ${stage})`,
    whyRisk: (statement, preparedness) => `${statement} (preparación ${preparedness})`,
    owner: 'Responsable',
    due: 'Plazo',
    pilot: 'Piloto acotado: empezar por algo concreto y luego ampliar.',
    custom: 'Añadida por el equipo de evaluación.',
    notes: {
      'pushed-by-capacity': 'Trasladada a una fase posterior porque las fases anteriores estaban completas.',
      'after-prerequisite': 'Programada después de sus requisitos previos.',
      'kept-edited': 'Se mantiene porque fue modificada, aunque las respuestas ya no la activan.',
    },
    noActions: 'Las respuestas no activan ninguna acción.',
  },
  appendix: {
    answers: 'Todas las respuestas',
    respondents: 'Personas encuestadas',
    noRespondents: 'No se registraron personas encuestadas.',
    method: 'Método',
    methodVersion: (version) => `Versión ${version} del método CapaMap.`,
    formulas: [
      'Puntuación de un pilar: media ponderada de las etapas (1 a 5) de los indicadores respondidos; se excluyen «no sabe» y «no aplica». Un pilar alcanza la etapa que su puntuación ha completado (2,6 alcanza la etapa 2).',
      'Meta: la etapa fijada por el equipo de evaluación o, por defecto, una etapa por encima de la alcanzada (etapa 3 si no hay puntuación). Brecha = máx(0, meta − puntuación): cero cuando el pilar alcanza o supera su meta.',
      'Completitud: indicadores con una etapa o «no aplica», divididos por los indicadores formulados.',
      'Confianza: media de los grados indicados por las personas encuestadas (baja = 1/3, media = 2/3, alta = 1; sin indicación cuenta como media).',
      'Prioridad de un riesgo = probabilidad × impacto × (6 − preparación) ÷ 125; alta desde 0,40, media desde 0,15 y baja en los demás casos.',
      'Una acción se activa cuando la etapa de un indicador está dentro del rango de activación de la acción y por debajo de la meta del pilar, o cuando la preparación ante un riesgo está en ese rango. La urgencia es la brecha ponderada, o 5 × la prioridad del riesgo.',
    ],
    phaseCap: (cap) =>
      `Programación: primero sus decisiones (acciones editadas o añadidas, y lo que necesitan); después las áreas se turnan, para que la hoja de ruta sea equilibrada; a igualdad, primero la más urgente. Ninguna acción va antes de un requisito previo y cada fase tiene como máximo ${cap} acciones, incluidas las personalizadas; el resto pasa a una fase posterior o más allá del horizonte de cinco años.`,
    costBands: 'Tramos de costo (indicativos, en dólares estadounidenses)',
    assumptions: 'Supuestos',
    assumptionList: [
      'Las respuestas son una autoevaluación de las personas encuestadas; no fueron auditadas.',
      'Las etapas describen lo que está efectivamente en marcha en la fecha de la evaluación, no los planes.',
      'Las metas expresan la ambición de la institución para un horizonte de cinco años.',
      'Las fases, los tramos de costo y los actores responsables son puntos de partida indicativos para planificar con los socios, no presupuestos ni compromisos.',
      'Los indicadores y riesgos sin respuesta o marcados como «no sabe» no cuentan en las puntuaciones; véase la completitud de los datos más abajo.',
    ],
    completeness: 'Completitud de los datos',
    risksAssessed: (assessed, asked) => `Riesgos de seguridad evaluados por completo: ${assessed} de ${asked}.`,
  },
  disagreement: {
    title: 'Dónde discrepan las personas encuestadas',
    intro: (respondents, agencies, agreed, open, resolved) =>
      `${respondents} personas encuestadas${agencies ? ` de ${agencies} ${agencies === 1 ? 'organismo' : 'organismos'}` : ''} respondieron por separado. Coincidieron en ${agreed} ${agreed === 1 ? 'pregunta' : 'preguntas'}; la persona facilitadora registró un consenso en ${resolved}${open ? ` y ${open} ${open === 1 ? 'sigue abierta' : 'siguen abiertas'} (sin respuesta de consenso, no ${open === 1 ? 'cuenta' : 'cuentan'} en las puntuaciones)` : ''}.`,
    respondents: 'Personas encuestadas',
    byArea: 'Discrepancias por área',
    byAreaIntro:
      'La dispersión de una pregunta es la diferencia entre la etapa más alta y la más baja dadas por las personas encuestadas (para un riesgo, la mayor entre probabilidad, impacto y preparación); la dispersión media la promedia sobre las preguntas del área. «No sabe» no cuenta como posición.',
    contested: 'Preguntas más discutidas',
    contestedIntro: 'Las preguntas con mayor dispersión, con cada posición tomada y quién la tomó.',
    spreadOf: (spread) => `dispersión ${spread}`,
    decided: (date) => `Consenso registrado por la persona facilitadora el ${date}`,
    open: 'Aún sin consenso: esta pregunta no cuenta en las puntuaciones hasta que la persona facilitadora registre uno.',
    consensus: 'Consenso',
    note: 'Nota de la persona facilitadora',
    noConsensus: 'Sin consenso',
    legend: (mark) =>
      `${mark} señala una pregunta en la que las personas encuestadas discreparon; «Sin consenso» significa que la persona facilitadora aún no ha registrado uno. Dispersión: diferencia entre la etapa más alta y la más baja dadas por las personas encuestadas (para un riesgo, la mayor entre probabilidad, impacto y preparación).`,
    none: 'Ninguna pregunta está en discusión.',
  },
  progress: {
    title: (date) => `Avances desde el ${date}`,
    intro: (date, id) =>
      `Se comparan las respuestas del ${date} (evaluación ${id}) con las actuales, ambas leídas con el cuestionario vigente. El cambio es el valor actual menos el anterior.`,
    scores: 'Puntuaciones de los pilares',
    risks: 'Prioridades de los riesgos',
    risksIntro: 'Un cambio negativo significa que el riesgo es menos apremiante ahora.',
    actions: 'Acciones de la hoja de ruta anterior ya cumplidas',
    actionsIntro: (done, total) =>
      `${done} de las ${total} acciones de la biblioteca de la hoja de ruta anterior ${done === 1 ? 'está cumplida' : 'están cumplidas'}: cada pregunta que las activó está ahora por encima del rango que las activó.`,
    noneDone: (total) => `Ninguna de las ${total} acciones de la biblioteca de la hoja de ruta anterior está cumplida todavía.`,
    noActions: 'La hoja de ruta anterior no tenía acciones de la biblioteca que comprobar.',
    otherInstitution: (name) => `La evaluación anterior corresponde a ${name}.`,
    datedLater: 'La evaluación anterior tiene una fecha posterior a esta.',
    otherVersion: (then, now) => `La evaluación anterior usó la versión ${then} del cuestionario y esta la ${now}; ambas se comparan con las preguntas actuales.`,
  },
};

const zh: ReportLabels = {
  reportTitle: '人工智能能力建设路线图',
  reportKind: '人工智能能力与人工智能安全优先事项自评估',
  runningTitle: '人工智能能力建设路线图',
  pageOf: (page, total) => `第 ${page} 页，共 ${total} 页`,
  contents: '目录',
  sections: {
    summary: '执行摘要',
    profile: '能力概况',
    pillars: '各支柱能力',
    security: '安全优先事项',
    roadmap: '路线图',
    appendix: '附录：答复与方法',
  },
  stages: ['起步', '发展', '确立', '先进', '引领'],
  stageWord: '阶段',
  stageNamed: (stage, name) => `第 ${stage} 阶段（${name}）`,
  phases: { 1: '0–12个月', 2: '1–3年', 3: '3–5年' },
  phaseTitle: (phase, name) => `第 ${phase} 期：${name}`,
  leadActors: {
    ministry: '主管部委',
    regulator: '监管机构',
    'statistics-office': '国家统计机构',
    'university-research': '高校与科研机构',
    'private-sector': '私营部门',
    'international-organisation': '国际组织',
    'civil-society': '民间社会',
  },
  channels: {
    'regional-bodies': '区域组织',
    'un-agencies': '联合国机构',
    'open-source-communities': '开源社区',
    'pooled-funds': '联合基金',
    'south-south': '南南合作',
    'bilateral-partners': '双边合作伙伴',
    'development-banks': '开发银行',
    'standards-bodies': '标准化机构',
  },
  costBands: {
    low: { name: '低', range: '10万美元以下' },
    medium: { name: '中', range: '10万至100万美元' },
    high: { name: '高', range: '100万至1000万美元' },
    'very-high': { name: '很高', range: '1000万美元以上' },
  },
  confidence: { low: '低', medium: '中', high: '高' },
  bands: { high: '高', medium: '中', low: '低' },
  answers: {
    dontKnow: '不清楚',
    notApplicable: '不适用',
    notAnswered: '未作答',
    notAsked: '未提问（根据先前答复不适用）',
    riskValues: (l, i, p) => `可能性 ${l}，影响 ${i}，准备程度 ${p}`,
  },
  none: '—',
  cover: {
    institution: '机构',
    country: '国家',
    assessmentDate: '评估日期',
    generated: '报告生成日期',
    leadRespondent: '主要答复人',
    versions: '版本',
    assessmentId: '评估',
    questionnaire: '问卷',
    actionLibrary: '行动库',
    method: '方法',
    confidentiality: '保密级别',
    noConfidentiality: '未设定保密标记',
    footnote: '本报告由 CapaMap 生成。成熟度阶段从 1（起步）到 5（引领）。本报告为自评估结果，反映答复人在评估日期所掌握的情况。',
  },
  summary: {
    intro: (institution, country, date, answered, asked, completeness) =>
      `本报告根据${date}的自评估，说明${institution}（${country}）在人工智能能力和人工智能安全方面的现状以及应优先采取的行动。${asked} 项指标中有 ${answered} 项给出了阶段（所需数据的 ${completeness}）。`,
    strongest: (pillar, score) => `最强支柱：${pillar}（${score}/5）。`,
    largestGap: (pillar, gap) => `与目标差距最大：${pillar}（${gap} 个阶段）。`,
    stands: '现状',
    priorities: '首要安全优先事项',
    firstActions: '头12个月内启动的五项行动',
    noRisks: '没有任何安全风险得到完整评估（可能性、影响和准备程度）。',
    noActions: '头12个月内未安排任何行动。',
  },
  columns: {
    pillar: '支柱',
    score: '得分',
    stage: '阶段',
    current: '当前',
    target: '目标',
    gap: '差距',
    completeness: '完整度',
    confidence: '可信度',
    answered: '已答复',
    rank: '排序',
    risk: '风险',
    area: '领域',
    likelihoodShort: '可能性',
    impactShort: '影响',
    preparednessShort: '准备',
    priority: '优先级',
    preparedness: '准备程度',
    action: '行动',
    lead: '牵头方',
    cost: '成本',
    item: '题目',
    answer: '答复',
    notes: '备注',
    evidence: '佐证材料',
    name: '姓名',
    agency: '单位',
    role: '职务',
    section: '部分',
    asked: '提问数',
    dontKnow: '不清楚',
    notApplicable: '不适用',
    band: '档次',
    range: '参考范围',
    spread: '分歧度',
    meanSpread: '平均分歧度',
    agreed: '一致',
    open: '未决',
    resolved: '已裁定',
    change: '变化',
  },
  profile: {
    intro:
      '图表将各支柱的当前阶段（实线）与目标阶段（虚线）进行比较。得分为已答复指标在五阶段量表上的加权平均值；完整度为有数据的指标所占比例；可信度为答复人所标可信度的平均值。',
    answeredOf: (answered, asked, dontKnow, notApplicable) => `${answered}/${asked}${dontKnow ? `，不清楚 ${dontKnow}` : ''}${notApplicable ? `，不适用 ${notApplicable}` : ''}`,
    tableHeading: '得分、差距与数据质量',
    radarTitle: '能力概况：各支柱当前阶段与目标阶段',
    radarCurrent: '当前阶段',
    radarTarget: '目标阶段',
    noData: '无数据',
  },
  pillar: {
    stands: '现状',
    exists: '已有基础',
    next: '下一步',
    standSentence: (score, stage, target, gap, completeness, confidence) =>
      `得分 ${score}/5，达到${stage}。目标：第 ${target} 阶段；差距：${gap} 个阶段。${completeness} 的指标有数据；可信度：${confidence}。`,
    noScore: (target, completeness) => `本支柱没有任何指标给出阶段，因此没有得分。目标：第 ${target} 阶段。${completeness} 的指标有数据。`,
    existsIntro: '达到确立阶段或以上的指标，以及可观察到的现有基础：',
    noneEstablished: '尚无指标达到确立阶段。发展程度最高的指标为：',
    nothingAnswered: '没有任何指标给出阶段。',
    note: '备注',
    nextIntro: '距目标最远的指标的下一阶段要求：',
    nextStep: (from, to) => `从${from}到${to}：`,
    atTarget: '所有已答复指标均已达到或超过目标。',
    actionsIntro: '本支柱的路线图行动：',
    noActions: '本支柱未触发任何路线图行动。',
    page: '页码\u00a0',
  },
  security: {
    intro: '每项风险按可能性和影响（1–5）以及五阶段量表上的准备程度进行评定。优先级 = 可能性 × 影响 × (6 − 准备程度) ÷ 125，取值接近 0 至 1：0.40 及以上为高，0.15 及以上为中。',
    heatTitle: '按可能性和影响划分的安全风险',
    likelihood: '可能性',
    impact: '影响',
    preparednessPrefix: 'P',
    markLegend: '“3 · P2”表示优先级排序第 3，准备程度为第 2 阶段。粗边框：高优先级；虚线边框：低优先级。',
    shadeLegend: '颜色越深：可能性 × 影响越高。',
    ranked: '风险排序',
    meaning: '准备程度阶段的含义',
    now: '当前',
    next: '下一阶段',
    atTop: '已处于引领阶段：应保持定期检验并确保资源到位。',
    notAssessed: '未完整评估的风险（缺少可能性、影响或准备程度）：',
    noRisks: '没有任何安全风险得到完整评估。',
  },
  roadmap: {
    intro: (cap) => `行动由答复触发：指标低于目标，或风险的准备程度较低。首先是您的决定，其次各领域轮流排入，最紧迫的优先；任何行动都不早于其前提条件，三个阶段每期最多 ${cap} 项（含自定义行动）。阶段和成本档次仅供参考。`,
    timeline: '时间表',
    cards: '行动卡片',
    deferred: '超出五年期限',
    deferredIntro: '已触发但推迟的行动，原因是各阶段已满或前提条件无法安排：',
    dropped: (count) => `用户搁置了 ${count} 项已触发的行动。`,
    partners: '合作方',
    channels: '合作渠道',
    prerequisites: '前提条件',
    successIndicator: '成功指标',
    why: '触发原因',
    whyStage: (statement, stage) => `${statement}（第 ${stage} 阶段）`,
    whyRisk: (statement, preparedness) => `${statement}（准备程度 ${preparedness}）`,
    owner: '负责人',
    due: '截止日期',
    pilot: '小切口试点：先从具体领域入手，再逐步推广。',
    custom: '由评估团队添加。',
    notes: {
      'pushed-by-capacity': '因前期阶段已满，移至后续阶段。',
      'after-prerequisite': '安排在其前提条件之后。',
      'kept-edited': '因已被编辑而保留，尽管答复已不再触发该行动。',
    },
    noActions: '答复未触发任何行动。',
  },
  appendix: {
    answers: '全部答复',
    respondents: '答复人',
    noRespondents: '未记录答复人。',
    method: '方法',
    methodVersion: (version) => `CapaMap 方法版本 ${version}。`,
    formulas: [
      '支柱得分：已答复指标阶段（1–5）的加权平均值；“不清楚”和“不适用”不计入。支柱所达到的阶段为其得分已完全达到的阶段（2.6 即第 2 阶段）。',
      '目标：评估团队设定的阶段；未设定时，默认为已达到阶段的上一阶段（无得分时为第 3 阶段）。差距 = max(0, 目标 − 得分)：支柱达到或超过目标时为 0。',
      '完整度：给出阶段或“不适用”的指标数除以提问的指标数。',
      '可信度：答复人所标可信度的平均值（低 = 1/3，中 = 2/3，高 = 1；未标注按中计）。',
      '风险优先级 = 可能性 × 影响 × (6 − 准备程度) ÷ 125；0.40 及以上为高，0.15 及以上为中，其余为低。',
      '当某项指标的阶段处于行动的触发范围内且低于支柱目标，或某项风险的准备程度处于该范围内时，即触发该行动。紧迫程度为加权差距，或风险优先级的 5 倍。',
    ],
    phaseCap: (cap) => `排期：首先是您的决定（您编辑或新增的行动及其所需的前提）；其次各领域轮流排入，使路线图保持均衡；同等条件下最紧迫的优先。任何行动都不早于其前提条件，每期最多 ${cap} 项行动（含自定义行动），其余顺延至后续阶段或五年期限之后。`,
    costBands: '成本档次（参考值，美元）',
    assumptions: '假设',
    assumptionList: [
      '答复为答复人的自评估，未经审计。',
      '阶段描述的是评估日期实际可见的情况，而非计划。',
      '目标体现机构在五年期限内的抱负。',
      '阶段、成本档次和牵头方是与合作伙伴共同规划的参考起点，并非预算或承诺。',
      '未答复或标为“不清楚”的指标和风险不计入得分；详见下文的数据完整度。',
    ],
    completeness: '数据完整度',
    risksAssessed: (assessed, asked) => `已完整评估的安全风险：${assessed}/${asked}。`,
  },
  disagreement: {
    title: '答复人意见分歧',
    intro: (respondents, agencies, agreed, open, resolved) =>
      `${respondents} 位答复人${agencies ? `（来自 ${agencies} 个单位）` : ''}分别作答。他们在 ${agreed} 道题上意见一致；主持人就 ${resolved} 道题记录了共识${open ? `；另有 ${open} 道题仍未决（无共识答复，不计入得分）` : ''}。`,
    respondents: '答复人',
    byArea: '各领域的分歧',
    byAreaIntro:
      '某题的分歧度为答复人所给最高阶段与最低阶段之差（风险题取可能性、影响和准备程度中的最大差值）；平均分歧度为该领域各题分歧度的平均值。“不清楚”不算作一种立场。',
    contested: '分歧最大的题目',
    contestedIntro: '分歧度最大的题目，列出每种立场及持该立场的答复人。',
    spreadOf: (spread) => `分歧度 ${spread}`,
    decided: (date) => `主持人于 ${date} 记录的共识`,
    open: '尚无共识：在主持人记录共识之前，此题不计入得分。',
    consensus: '共识',
    note: '主持人说明',
    noConsensus: '无共识',
    legend: (mark) => `${mark} 表示答复人意见不一致的题目；“无共识”表示主持人尚未记录共识。分歧度：答复人所给最高阶段与最低阶段之差（风险题取可能性、影响和准备程度中的最大差值）。`,
    none: '没有存在分歧的题目。',
  },
  progress: {
    title: (date) => `自${date}以来的进展`,
    intro: (date, id) => `将 ${date} 的答复（评估 ${id}）与当前答复进行比较，两者均按现行问卷解读。变化 = 当前值 − 先前值。`,
    scores: '支柱得分',
    risks: '风险优先级',
    risksIntro: '变化为负表示该风险现在不那么紧迫。',
    actions: '上一版路线图中现已完成的行动',
    actionsIntro: (done, total) => `上一版路线图中的 ${total} 项库内行动有 ${done} 项现已完成：触发这些行动的每道题目现在都已高于其触发范围。`,
    noneDone: (total) => `上一版路线图中的 ${total} 项库内行动尚无一项完成。`,
    noActions: '上一版路线图中没有可核查的库内行动。',
    otherInstitution: (name) => `先前的评估针对的是 ${name}。`,
    datedLater: '先前评估的日期晚于本次评估。',
    otherVersion: (then, now) => `先前评估使用问卷版本 ${then}，本次为 ${now}；两者均按现行题目比较。`,
  },
};

export const REPORT_LABELS: Readonly<Record<ReportLanguage, ReportLabels>> = { en, fr, es, zh };

export function reportLabels(language: ReportLanguage): ReportLabels {
  return REPORT_LABELS[language];
}

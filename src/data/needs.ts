/**
 * The needs people come with: a controlled list, the values of a service's `needs` and `handles`
 * fields (docs/directory-format.md) and the "What do you need?" row. Pure data: no DOM.
 *
 * A need is found by the words of its dictionary concepts (./dictionary.ts, in all 12 languages):
 * a query that names a need ranks the services that meet it before the ones that only share a
 * category, and the offices that handle it (issue, decide: `handles`) before those that help with
 * it (`needs`). Labels shown to people are UI texts, translated with msg()
 * (components/parts/need-labels.ts).
 *
 * Ids are public (directory files use them): add needs, never rename or remove one.
 */
export interface Need {
  /** Stable id, as written in directory files. */
  readonly id: string;
  /** Dictionary concept ids whose words name this need (the first one names it best). */
  readonly concepts: readonly string[];
}

/** In the order of the "What do you need?" row: the most common needs first. */
export const NEEDS = [
  { id: 'residence-permit', concepts: ['residence-permit'] },
  { id: 'health-card', concepts: ['health-card'] },
  { id: 'job', concepts: ['job', 'job-centre'] },
  { id: 'italian-course', concepts: ['italian-course'] },
  { id: 'shelter', concepts: ['shelter'] },
  { id: 'food', concepts: ['food'] },
  { id: 'legal-help', concepts: ['legal-help'] },
  { id: 'housing', concepts: ['housing'] },
  { id: 'asylum', concepts: ['asylum'] },
  { id: 'tax-code', concepts: ['tax-code'] },
  { id: 'family-reunification', concepts: ['family-reunification'] },
  { id: 'citizenship', concepts: ['citizenship'] },
  { id: 'residence-registration', concepts: ['residence-registration'] },
  { id: 'emergency-room', concepts: ['emergency-room', 'hospital'] },
  { id: 'out-of-hours-doctor', concepts: ['out-of-hours-doctor'] },
  { id: 'pregnancy', concepts: ['pregnancy'] },
  { id: 'mental-health', concepts: ['mental-health'] },
  { id: 'work-rights', concepts: ['work-rights', 'union'] },
  { id: 'unemployment-benefit', concepts: ['unemployment-benefit', 'money'] },
  { id: 'school', concepts: ['school', 'adult-education'] },
  { id: 'qualifications', concepts: ['qualifications'] },
  { id: 'public-housing', concepts: ['public-housing'] },
  { id: 'clothes', concepts: ['clothes'] },
  { id: 'violence', concepts: ['violence-against-women', 'trafficking'] },
  { id: 'unaccompanied-minors', concepts: ['unaccompanied-minors'] },
  { id: 'reception', concepts: ['reception'] },
  { id: 'social-help', concepts: ['social-help'] },
  { id: 'interpreter', concepts: ['interpreter'] },
  { id: 'police-report', concepts: ['police'] },
] as const satisfies readonly Need[];

export type NeedId = (typeof NEEDS)[number]['id'];

/** How many needs the "What do you need?" row shows before "more". */
export const COMMON_NEEDS = 8;

export const NEED_IDS: ReadonlySet<string> = new Set(NEEDS.map((need) => need.id));

export function isNeedId(id: string): id is NeedId {
  return NEED_IDS.has(id);
}

/** Concept id -> the needs it names. */
export const NEEDS_OF_CONCEPT: ReadonlyMap<string, readonly string[]> = (() => {
  const byConcept = new Map<string, string[]>();
  for (const need of NEEDS as readonly Need[]) {
    for (const concept of need.concepts) byConcept.set(concept, [...(byConcept.get(concept) ?? []), need.id]);
  }
  return byConcept;
})();

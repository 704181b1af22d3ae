// Korean readers often write tool names in Hangul (도커, 깃허브), while guides keep the
// original spelling (Docker, GitHub). A term that finds nothing is retried as the original.

/** Hangul spellings of tool and CI words, and the spelling guides use. */
export const LOANWORDS: ReadonlyMap<string, string> = new Map([
  ['도커', 'docker'],
  ['도커허브', 'docker hub'],
  ['깃허브', 'github'],
  ['깃헙', 'github'],
  ['깃랩', 'gitlab'],
  ['깃', 'git'],
  ['허브', 'hub'],
  ['액션', 'actions'],
  ['액션즈', 'actions'],
  ['워크플로우', 'workflow'],
  ['타임아웃', 'timeout'],
  ['데몬', 'daemon'],
  ['데먼', 'daemon'],
  ['노드', 'node'],
  ['파이썬', 'python'],
  ['자바', 'java'],
  ['그래들', 'gradle'],
  ['메이븐', 'maven'],
  ['얀', 'yarn'],
  ['디펜더봇', 'dependabot'],
  ['디펜다봇', 'dependabot'],
  ['매니페스트', 'manifest'],
  ['쿠버네티스', 'kubernetes'],
  ['우분투', 'ubuntu'],
  ['아티팩트', 'artifact'],
  ['빌드엑스', 'buildx'],
]);

/** The guides' spelling of a Hangul tool name (도커 → docker), if it is one. */
export function loanwordVariant(term: string): string | undefined {
  return LOANWORDS.get(term);
}

import type { RuleId } from '../../src/rules/catalogue.js'

/** Rules that need a repository around the file, each shown by test/fixtures/repos/mixed. */
export const REPOSITORY_CASES: { rules: RuleId[] }[] = [
  { rules: ['AP307', 'AP502', 'AP503', 'AP601', 'AP602', 'AP603', 'AP605'] },
]

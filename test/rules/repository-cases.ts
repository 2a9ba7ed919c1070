import type { RuleId } from '../../src/findings/catalogue.js'

/** Rules that need a repository around the file: test/fixtures/repos/mixed and repos/ledger. */
export const REPOSITORY_CASES: { rules: RuleId[] }[] = [
  { rules: ['AP307', 'AP502', 'AP503', 'AP601', 'AP602', 'AP603', 'AP605'] },
  // test/fixtures/repos/other-files, in test/rules/other-files.test.ts.
  { rules: ['AP106', 'AP107', 'AP108'] },
  // Links, FIFOs and files too large, made in a scratch repository: test/repo/links.test.ts.
  { rules: ['AP109'] },
  // test/fixtures/repos/ledger, in test/plan/build-plan.test.ts.
  { rules: ['AP504', 'AP505', 'AP604', 'AP606'] },
  // test/fixtures/repos/mistagged, in test/plan/group-tags.test.ts.
  { rules: ['AP607'] },
  // test/fixtures/repos/deregister, in test/plan/deregister.test.ts.
  { rules: ['AP608'] },
]

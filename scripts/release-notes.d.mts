/** The notes of `version` in a CHANGELOG.md's text: its `## <version>` section; undefined when it has none. */
export function releaseNotes(changelog: string, version: string): string | undefined

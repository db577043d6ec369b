// When an edit makes a new version of a quiz. Students who answered a version must keep seeing it
// (their review, their score, the class statistics of what they were asked), so once a version has
// attempts it is frozen and the edit starts the next one. Before anyone has answered, an edit
// changes the version in place: a teacher preparing a quiz makes no versions nobody took.
export function needsNewVersion(changed: boolean, attemptsAtCurrentVersion: number): boolean {
  return changed && attemptsAtCurrentVersion > 0;
}

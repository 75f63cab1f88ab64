/**
 * A pure function of a string, remembering its answers (never undefined): news repeats its words,
 * and a word's fold, key or number parts cost far more to work out than to look up. At most `max`
 * answers are kept; past them it starts again, so memory stays bounded however much text passes.
 */
export function remembered<T extends {} | null>(work: (key: string) => T, max: number): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = work(key);
      if (answers.size >= max) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}

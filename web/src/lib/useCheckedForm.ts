import { useState } from 'react';

/**
 * A form's values with the form's own checks, shown once the user has tried to save, and what the server said about
 * each field in its last answer: `message(field)` is the sentence to show under it, `ready()` marks the form tried
 * and says whether it may be sent.
 */
export function useCheckedForm<F extends object, P extends string>(
  initial: () => F,
  check: (form: F) => Partial<Record<keyof F, P>>,
  fromServer: Partial<Record<string, P>>,
  say: (problem: P) => string,
) {
  const [form, setForm] = useState<F>(initial);
  const [tried, setTried] = useState(false);
  const set = (change: Partial<F>) => setForm((f) => ({ ...f, ...change }));
  const own: Partial<Record<keyof F, P>> = tried ? check(form) : {};
  const message = (field: keyof F & string): string | undefined => {
    const problem = own[field] ?? fromServer[field];
    return problem ? say(problem) : undefined;
  };
  const ready = () => {
    setTried(true);
    return Object.keys(check(form)).length === 0;
  };
  return { form, set, message, ready };
}

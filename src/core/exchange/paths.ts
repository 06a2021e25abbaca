/** Forward-slash path arithmetic for export file names, the same on every platform and in the browser. */

const segments = (path: string): string[] => path.split('/').filter((segment) => segment !== '' && segment !== '.');

/** `to` relative to the folder `from`, both absolute or both relative to the same folder. */
export function relativePath(from: string, to: string): string {
  const [a, b] = [segments(from), segments(to)];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/') || '.';
}

export function dirName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? (slash === 0 ? '/' : '.') : path.slice(0, slash);
}

const extension = (path: string): string => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
};

/** The deepest folder holding every one of `files`. */
export function commonFolder(files: readonly string[]): string {
  let common = segments(dirName(files[0]));
  for (const file of files) {
    const parts = segments(dirName(file));
    let shared = 0;
    while (shared < common.length && shared < parts.length && common[shared] === parts[shared]) shared++;
    common = common.slice(0, shared);
  }
  return (files[0].startsWith('/') ? '/' : '') + common.join('/');
}

/**
 * brat needs NAME.txt beside NAME.ann: for each article (relative paths), the NAME its two files get.
 * `a.md` becomes `a`, or `a.md` (so `a.md.txt`) when an `a.txt` is exported too.
 */
export function bratFileNames(articles: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set(articles.filter((article) => extension(article) === '.txt'));
  for (const article of articles) {
    const isText = extension(article) === '.txt';
    const stem = article.slice(0, article.length - extension(article).length);
    const name = isText || !taken.has(`${stem}.txt`) ? stem : article;
    if (!isText) taken.add(`${name}.txt`);
    names.set(article, name);
  }
  return names;
}

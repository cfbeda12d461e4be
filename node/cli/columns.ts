/** How many terminal columns a text takes: Chinese characters and full-width punctuation take two. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function columns(text: string): number {
  return [...text].reduce((n, c) => n + (WIDE.test(c) ? 2 : 1), 0);
}

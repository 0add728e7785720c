// WCAG 2 contrast of every visible text on the rendered page against what is behind it: the
// element's own colour (times the opacity of it and its ancestors) over the first opaque
// background found walking up, blended through semi-transparent ones. Placeholders count too.
import type { Page } from 'playwright-core';

export interface ContrastProblem {
  text: string;
  ratio: number;
  colour: string;
  background: string;
}

export async function contrastProblems(page: Page, minimum = 4.5): Promise<ContrastProblem[]> {
  return page.evaluate((min) => {
    type RGBA = [number, number, number, number];
    const parse = (c: string): RGBA => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const [r, g, b, a] = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
      return [r!, g!, b!, a ?? 1];
    };
    const over = (top: RGBA, bottom: RGBA): RGBA => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const luminance = ([r, g, b]: RGBA) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratio = (a: RGBA, b: RGBA) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    const backgroundOf = (el: Element): RGBA => {
      const layers: RGBA[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      return layers.reverse().reduce((acc, layer) => over(layer, acc), [255, 255, 255, 1] as RGBA);
    };
    const opacityOf = (el: Element) => {
      let o = 1;
      for (let node: Element | null = el; node; node = node.parentElement) o *= Number(getComputedStyle(node).opacity);
      return o;
    };
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Screen-reader-only copies are clipped to a pixel: not seen, so not judged.
      return r.width > 2 && r.height > 2 && style.visibility === 'visible' && !el.closest('[aria-hidden="true"] .webchat__screen-reader-activity');
    };
    const problems: { text: string; ratio: number; colour: string; background: string }[] = [];
    const judge = (el: Element, text: string, colour: string) => {
      const opacity = opacityOf(el);
      if (opacity < 0.01) return; // fully transparent: not seen (Web Chat's off-screen copies)
      const bg = backgroundOf(el);
      const fg = parse(colour);
      const effective = over([fg[0], fg[1], fg[2], fg[3] * opacity], bg);
      const r = ratio(effective, bg);
      if (r < min) problems.push({ text: text.slice(0, 60), ratio: Math.round(r * 100) / 100, colour, background: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})` });
    };
    for (const el of document.querySelectorAll('body *')) {
      if (['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName) || !visible(el)) continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
      if (own) judge(el, own, getComputedStyle(el).color);
      if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && !el.value && el.placeholder) {
        judge(el, `placeholder: ${el.placeholder}`, getComputedStyle(el, '::placeholder').color);
      }
    }
    return problems;
  }, minimum);
}

/**
 * Reads Markdown the way the package pages show it: fenced code blocks with their language,
 * headings, and the targets of links and images (Markdown and HTML).
 */

/** A fenced code block: its info-string language (`ts`, `python`, ...) and its text. */
export interface CodeBlock {
  readonly language: string;
  readonly code: string;
}

/** Every fenced code block, in order. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const fence = /^(`{3,}|~{3,})[ \t]*([^\s`]*)[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm;
  for (const match of markdown.matchAll(fence)) {
    blocks.push({ language: match[2].toLowerCase(), code: match[3] });
  }
  return blocks;
}

/** The Markdown without its fenced code blocks (so that code is not read as headings or links). */
export function prose(markdown: string): string {
  return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '').replace(/`[^`\n]*`/g, '``');
}

/** Every ATX heading's text (`## Usage` -> `Usage`). */
export function headings(markdown: string): string[] {
  return [...prose(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)].map((m) => m[1]);
}

/** The targets of every link and image: `[text](target)`, `![alt](target)`, `href="..."`, `src="..."`. */
export function linkTargets(markdown: string): string[] {
  const text = prose(markdown);
  const markdownLinks = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
  const referenceLinks = [...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]);
  const htmlLinks = [...text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]);
  return [...markdownLinks, ...referenceLinks, ...htmlLinks];
}

/** Whether a link target resolves on any page that shows the README (npm, PyPI, Maven, Go). */
export function isAbsoluteLink(target: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(target);
}

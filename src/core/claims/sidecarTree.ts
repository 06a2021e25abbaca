import { parseTree, type Node as JsonNode } from 'jsonc-parser';

/** jsonc-parser's node, writable while this module builds it. */
export interface Node {
  type: JsonNode['type'];
  offset: number;
  length: number;
  value?: unknown;
  parent?: Node;
  children?: Node[];
}

/**
 * A syntax tree of a sidecar that JSON.parse accepted, built in one pass over the characters for the top
 * level and the claims list only; a claim, the document block or any other value is parsed when a
 * problem must be located inside it. jsonc-parser's full parseTree is recursive and takes seconds on a
 * 10 MB file; this answers in tens of milliseconds and never recurses deeper than one claim.
 */
export interface SidecarTree {
  root: Node;
  /** Keys that JavaScript objects treat specially, wherever they occur. */
  forbiddenKeys: Node[];
  /** The node at `path` with its children parsed, or the deepest ancestor that exists (found: false). */
  locate(path: ReadonlyArray<string | number>): { node: Node; found: boolean };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/** Index of the quote that closes the string opened at `open`. */
function closingQuote(text: string, open: number): number {
  let index = open + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) return index;
    index += code === BACKSLASH ? 2 : 1;
  }
  return text.length - 1;
}

function nextNonSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && isSpace(text.charCodeAt(index))) index++;
  return index;
}

/** Where a literal (number, true, false, null) that starts at `start` ends. */
function literalEnd(text: string, start: number): number {
  let index = start;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === COMMA || code === 0x7d || code === 0x5d || isSpace(code)) break;
    index++;
  }
  return index;
}

function typeAt(text: string, offset: number): Node['type'] {
  const code = text.charCodeAt(offset);
  if (code === 0x7b) return 'object';
  if (code === 0x5b) return 'array';
  if (code === QUOTE) return 'string';
  if (code === 0x74 || code === 0x66) return 'boolean';
  if (code === 0x6e) return 'null';
  return 'number';
}

/** A value whose inside is parsed on demand: `children` stays undefined until then. */
function stub(text: string, start: number, end: number, parent: Node | undefined): Node {
  const type = typeAt(text, start);
  const node: Node = { type, offset: start, length: end - start, parent };
  if (type === 'string' || type === 'number' || type === 'boolean' || type === 'null') node.value = JSON.parse(text.slice(start, end)) as unknown;
  return node;
}

function shifted(node: JsonNode, by: number, parent: Node | undefined): Node {
  const copy: Node = { type: node.type, offset: node.offset + by, length: node.length, value: node.value as unknown, parent };
  if (node.children) copy.children = node.children.map((child) => shifted(child, by, copy));
  return copy;
}

/** Parses a stub's inside in place, so that locating can go deeper. */
function expand(text: string, node: Node): void {
  if (node.children || (node.type !== 'object' && node.type !== 'array')) return;
  const parsed = parseTree(text.slice(node.offset, node.offset + node.length));
  node.children = parsed ? shifted(parsed, node.offset, node.parent).children?.map((child) => ({ ...child, parent: node })) : [];
  for (const child of node.children ?? []) for (const grandchild of child.children ?? []) grandchild.parent = child;
}

function child(text: string, node: Node, segment: string | number): Node | undefined {
  expand(text, node);
  if (node.type === 'array' && typeof segment === 'number') return node.children?.[segment];
  if (node.type !== 'object') return undefined;
  return node.children?.find((property) => property.children?.[0]?.value === segment)?.children?.[1];
}

interface Frame {
  node: Node;
  /** A property whose value has not started yet (objects only). */
  property?: Node;
  /** Where the value being read started, while it is read. */
  valueStart: number;
  /** The claims array is the one container below the top whose elements are recorded. */
  recordsElements: boolean;
}

/**
 * Expects text that JSON.parse accepted (a leading byte-order mark replaced by a space). Offsets are those
 * of `text`.
 */
export function sidecarTree(text: string): SidecarTree {
  const forbiddenKeys: Node[] = [];
  const start = nextNonSpace(text, 0);
  const root = stub(text, start, text.trimEnd().length, undefined);
  const frames: Frame[] = [];
  let depth = 0;

  /** `parsed`: the container just closed, when its elements were recorded. */
  const endValue = (frame: Frame, end: number, parsed?: Node): void => {
    const value = parsed ?? stub(text, frame.valueStart, end, frame.node);
    if (frame.node.type === 'array') {
      frame.node.children!.push(value);
    } else if (frame.property) {
      value.parent = frame.property;
      frame.property.children!.push(value);
      frame.property.length = end - frame.property.offset;
      frame.property = undefined;
    }
    frame.valueStart = -1;
  };

  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isSpace(code) || code === COLON || code === COMMA) continue;
    const frame = frames.length > 0 && frames.length === depth ? frames[frames.length - 1] : undefined;
    const startsValue = frame !== undefined && frame.valueStart === -1 && (frame.node.type === 'array' || frame.property !== undefined);
    if (code === QUOTE) {
      const close = closingQuote(text, index);
      const isKey = text.charCodeAt(nextNonSpace(text, close + 1)) === COLON;
      if (isKey) {
        const raw = text.slice(index + 1, close);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(index, close + 1)) as string) : raw;
        const keyNode: Node = { type: 'string', offset: index, length: close + 1 - index, value: key };
        if (FORBIDDEN_KEYS.has(key)) forbiddenKeys.push(keyNode);
        if (frame && frame.node.type === 'object') {
          const property: Node = { type: 'property', offset: index, length: close + 1 - index, parent: frame.node, children: [keyNode] };
          keyNode.parent = property;
          frame.node.children!.push(property);
          frame.property = property;
        }
      } else if (startsValue) {
        frame.valueStart = index;
        endValue(frame, close + 1);
      }
      index = close;
    } else if (code === 0x7b || code === 0x5b) {
      if (startsValue) frame.valueStart = index;
      depth++;
      const isTop = depth === 1;
      const isClaims = depth === 2 && code === 0x5b && frames.length === 1 && frames[0].property?.children?.[0]?.value === 'claims';
      if (isTop || isClaims) {
        const node = isTop ? root : { type: 'array' as const, offset: index, length: 0, parent: frames[0].property };
        node.children = [];
        frames.push({ node, valueStart: -1, recordsElements: isClaims });
      }
    } else if (code === 0x7d || code === 0x5d) {
      const closed = frames.length === depth ? frames.pop() : undefined;
      if (closed) closed.node.length = index + 1 - closed.node.offset;
      depth--;
      const outer = frames.length > 0 && frames.length === depth ? frames[frames.length - 1] : undefined;
      if (outer && outer.valueStart !== -1) endValue(outer, index + 1, closed?.recordsElements ? closed.node : undefined);
    } else if (startsValue) {
      frame.valueStart = index;
      const end = literalEnd(text, index);
      endValue(frame, end);
      index = end - 1;
    }
  }

  return {
    root,
    forbiddenKeys,
    locate(path) {
      let node = root;
      for (let depthIndex = 0; depthIndex < path.length; depthIndex++) {
        const next = child(text, node, path[depthIndex]);
        if (!next) return { node, found: false };
        node = next;
      }
      // Callers look at the found node's keys (unknown fields): its inside is parsed too.
      expand(text, node);
      return { node, found: true };
    },
  };
}

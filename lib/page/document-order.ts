/**
 * Document order across open shadow roots. compareDocumentPosition only orders nodes of one tree;
 * a node inside a shadow root is placed where its host stands, before the host's light children
 * (the order the collector walks them in).
 */

function hostChain(node: Node): Node[] {
  const chain: Node[] = [];
  let current: Node | undefined = node;
  while (current) {
    chain.push(current);
    const root = current.getRootNode();
    current = root.nodeType === 11 ? ((root as ShadowRoot).host ?? undefined) : undefined;
  }
  return chain;
}

/** Negative when `a` comes first, positive when `b` does, 0 for the same node. */
export function compareComposed(a: Node, b: Node): number {
  if (a === b) return 0;
  if (a.getRootNode() !== b.getRootNode()) {
    const chainA = hostChain(a);
    const chainB = hostChain(b);
    for (const x of chainA) {
      const root = x.getRootNode();
      const y = chainB.find((candidate) => candidate.getRootNode() === root);
      if (!y) continue;
      // The host itself precedes everything in its shadow root.
      if (x === y) return chainA.indexOf(x) > chainB.indexOf(y) ? 1 : -1;
      return compareInTree(x, y);
    }
    return 0;
  }
  return compareInTree(a, b);
}

function compareInTree(a: Node, b: Node): number {
  const position = a.compareDocumentPosition(b);
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

/**
 * Offsets in a block's text → positions in the DOM. A match found in the joined text of a block
 * becomes a range whose ends may sit in different text nodes (四个<b>意识</b>).
 */
import type { TextBlock } from './collect-blocks';

interface DomPoint {
  node: Text;
  offset: number;
}

/** Index of the node holding the character at `offset` (the last node starting at or before it). */
function nodeIndexAt(block: TextBlock, offset: number): number {
  const { starts } = block;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Where a match starting at `offset` starts: in the node that holds that character. */
function startPoint(block: TextBlock, offset: number): DomPoint {
  const index = nodeIndexAt(block, offset);
  return { node: block.nodes[index], offset: offset - block.starts[index] };
}

/** Where a match ending at `offset` (exclusive) ends: in the node that holds its last character. */
function endPoint(block: TextBlock, offset: number): DomPoint {
  const index = nodeIndexAt(block, Math.max(0, offset - 1));
  return { node: block.nodes[index], offset: offset - block.starts[index] };
}

/** A live Range over a match: what the highlights hold and what the card measures. */
export function liveRangeFor(block: TextBlock, start: number, end: number): Range {
  const from = startPoint(block, start);
  const to = endPoint(block, end);
  return liveRange({
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
  });
}

function liveRange(init: StaticRangeInit): Range {
  const range = (init.startContainer.ownerDocument ?? document).createRange();
  // The text may have shrunk since it was collected (a change not yet followed): clamp, never throw.
  range.setStart(init.startContainer, Math.min(init.startOffset, lengthOf(init.startContainer)));
  range.setEnd(init.endContainer, Math.min(init.endOffset, lengthOf(init.endContainer)));
  return range;
}

function lengthOf(node: Node): number {
  return (node as Text).data?.length ?? node.childNodes.length;
}

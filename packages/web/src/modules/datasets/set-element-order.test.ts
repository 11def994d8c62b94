import { PROJECT06_ELEMENTS } from '@antt/shared';
import { describe, expect, it } from 'vitest';
import {
  addElement,
  elementsOutside,
  inSetOrder,
  membershipChange,
  moveElement,
  removeElement,
} from './set-element-order.ts';

const codes = ['a1', 'b2', 'c3'];

describe('a data set column order', () => {
  it('moves a column up or down by one place, without touching the list given', () => {
    expect(moveElement(codes, 1, -1)).toEqual(['b2', 'a1', 'c3']);
    expect(moveElement(codes, 1, 1)).toEqual(['a1', 'c3', 'b2']);
    expect(codes).toEqual(['a1', 'b2', 'c3']);
  });

  it('leaves the order as it is at either end or for a position outside the list', () => {
    expect(moveElement(codes, 0, -1)).toEqual(codes);
    expect(moveElement(codes, 2, 1)).toEqual(codes);
    expect(moveElement(codes, 5, -1)).toEqual(codes);
  });

  it('adds a column at the end once, and removes one', () => {
    expect(addElement(codes, 'd4')).toEqual(['a1', 'b2', 'c3', 'd4']);
    expect(addElement(codes, 'b2')).toEqual(codes);
    expect(removeElement(codes, 'b2')).toEqual(['a1', 'c3']);
  });

  it('offers the catalogue elements the set does not hold, in catalogue order', () => {
    const [first, second, third] = PROJECT06_ELEMENTS;
    expect(elementsOutside(PROJECT06_ELEMENTS.slice(0, 3), [second!.code])).toEqual([first, third]);
  });

  it('tells what a save did to the columns', () => {
    expect(membershipChange(codes, ['c3', 'a1', 'd4'])).toEqual({
      added: ['d4'],
      removed: ['b2'],
      reordered: true,
    });
    expect(membershipChange(codes, ['a1', 'c3'])).toEqual({ added: [], removed: ['b2'], reordered: false });
    expect(membershipChange(codes, codes)).toEqual({ added: [], removed: [], reordered: false });
  });

  it('lists the catalogue in the columns order of the sets, then the elements no set holds', () => {
    const [a, b, c, d] = PROJECT06_ELEMENTS;
    const byCode = [d!, c!, b!, a!];
    const order = inSetOrder(byCode, [{ elements: [a!.code, c!.code] }, { elements: [c!.code, b!.code] }]);
    expect(order.map((e) => e.code)).toEqual([a!.code, c!.code, b!.code, d!.code]);
    expect(inSetOrder(byCode, [])).toEqual(byCode);
  });
});

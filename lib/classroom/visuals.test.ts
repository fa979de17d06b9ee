import { describe, expect, it } from 'vitest';
import { firstScreen, parseProps } from './visuals';

describe('slide visuals from the story MDX', () => {
  it('reads string, number and flag props', () => {
    expect(parseProps(' title="Key only" bids={12} success ')).toEqual({ title: 'Key only', bids: 12, success: true });
    expect(parseProps('')).toEqual({});
  });
  it('refuses props it cannot read safely', () => {
    expect(parseProps(' onClick={() => alert(1)}')).toBeNull();
    expect(parseProps(" title='single'")).toBeNull();
  });
  it('finds the first known screen and skips other components', () => {
    const body = 'Text <Cite id="MS-ERR" /> more.\n\n<ActivationDialog code="0xC004C020" />\n\n<KeyEmail from="a" subject="b" body="c" />';
    expect(firstScreen(body)).toEqual({ name: 'ActivationDialog', props: { code: '0xC004C020' } });
    expect(firstScreen('<ActivationDialog success />')).toEqual({ name: 'ActivationDialog', props: { success: true } });
    expect(firstScreen('No screen here, only <Term id="mak">MAK</Term>.')).toBeNull();
  });
});

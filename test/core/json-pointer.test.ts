import { expect } from '@open-wc/testing';
import { JsonPointerError, resolveJsonPointer } from '../../src/core/json-pointer.js';

const payload = {
  data: { appeal: { title: 'T' }, items: ['first', 'second'] },
  'a/b': 'slash',
  'm~n': 'tilde',
  '~1': 'literal tilde-one',
  '': 'empty key',
};

describe('resolveJsonPointer', () => {
  it('returns the whole payload for the empty pointer', () => {
    expect(resolveJsonPointer(payload, '')).to.equal(payload);
  });

  it('walks into objects and arrays', () => {
    expect(resolveJsonPointer(payload, '/data/appeal')).to.deep.equal({ title: 'T' });
    expect(resolveJsonPointer(payload, '/data/items/1')).to.equal('second');
  });

  it('unescapes ~1 to "/" and ~0 to "~", in that order', () => {
    expect(resolveJsonPointer(payload, '/a~1b')).to.equal('slash');
    expect(resolveJsonPointer(payload, '/m~0n')).to.equal('tilde');
    expect(resolveJsonPointer(payload, '/~01')).to.equal('literal tilde-one');
  });

  it('reads the empty key for "/"', () => {
    expect(resolveJsonPointer(payload, '/')).to.equal('empty key');
  });

  it('names how far it got when the path leads nowhere', () => {
    expect(() => resolveJsonPointer(payload, '/data/missing/title')).to.throw(JsonPointerError, 'data-path: nothing at /data/missing');
    expect(() => resolveJsonPointer(payload, '/data/items/5')).to.throw(JsonPointerError, 'nothing at /data/items/5');
    expect(() => resolveJsonPointer(payload, '/data/appeal/title/length')).to.throw(JsonPointerError);
  });

  it('does not read inherited properties', () => {
    expect(() => resolveJsonPointer({}, '/toString')).to.throw(JsonPointerError);
    expect(() => resolveJsonPointer({}, '/__proto__')).to.throw(JsonPointerError);
  });

  it('refuses a pointer without a leading slash', () => {
    expect(() => resolveJsonPointer(payload, 'data/appeal')).to.throw(JsonPointerError, 'must start with "/"');
  });
});

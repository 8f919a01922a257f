import * as assert from 'node:assert/strict';
import { readPyAssertion } from '../../src/core/rules/support/tests-python';

describe('Python assertions as the test rules read them', () => {
  const read = (line: string): [string | undefined, string, string] => {
    const a = readPyAssertion(line, 1);
    return [a.subject, a.matcher, a.expected];
  };

  it('splits at the top-level comparison, not at words inside strings or calls', () => {
    assert.deepEqual(read('assert city_of("Paris is in France") == "Paris"'), ["city_of('ParisisinFrance')", '==', "'Paris'"]);
    assert.deepEqual(read('assert f(a == b) is True'), ['f(a==b)', 'is', 'True']);
    assert.deepEqual(read('assert user.role is not None'), ['user.role', 'is not', 'None']);
    assert.deepEqual(read('assert "x" not in names'), ["'x'", 'not in', 'names']);
    assert.deepEqual(read('assert within(box, point)'), ['within(box,point)', 'assert', '']);
    assert.deepEqual(read('assert total >= 0'), ['total', '>=', '0']);
  });

  it('reads the message after the first top-level comma, not a comma inside the arguments', () => {
    assert.deepEqual(read('assert not exact_match("Paris", "Paris, France")'), ["notexact_match('Paris','Paris,France')", 'assert', '']);
    assert.deepEqual(read('assert result == (1, 2), f"got {result}"'), ['result', '==', '(1,2)']);
  });
});

import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TodoFooter } from './TodoFooter';

describe('TodoFooter', () => {
  it('renders singular count', () => {
    const { container } = render(<TodoFooter remaining={1} filter="all" onFilterChange={() => {}} />);
    expect(container.firstChild).toMatchSnapshot();
  });
});

import { courtAndPlace, sentenceLine } from '../../../web/src/labels';

describe('court and place', () => {
  it('names the place once', () => {
    expect(courtAndPlace('High Court of Zambia at Ndola', 'Ndola')).toBe('High Court of Zambia at Ndola');
    expect(courtAndPlace('Tribunale di Palermo', 'Palermo')).toBe('Tribunale di Palermo');
    expect(courtAndPlace('Cour d’appel de Bogotá', 'Bogota')).toBe('Cour d’appel de Bogotá');
  });

  it('adds a place the court name lacks, and copes with either missing', () => {
    expect(courtAndPlace('Supreme Court', 'Lusaka')).toBe('Supreme Court, Lusaka');
    expect(courtAndPlace(null, 'Lusaka')).toBe('Lusaka');
    expect(courtAndPlace('Supreme Court', null)).toBe('Supreme Court');
    expect(courtAndPlace(null, null)).toBeNull();
  });
});

describe('sentence line', () => {
  it('does not state the prison term twice', () => {
    expect(sentenceLine('Imprisonment for 3 years', 36)).toBe('Imprisonment for 3 years');
    expect(sentenceLine('Eighteen months of imprisonment, suspended for 2 years', 18)).toBe('Eighteen months of imprisonment, suspended for 2 years');
  });

  it('adds the term when the text holds none, and shows either alone', () => {
    expect(sentenceLine('Fine of EUR 20,000', 6)).toBe('Fine of EUR 20,000; 6 months of imprisonment');
    expect(sentenceLine(null, 1)).toBe('1 month of imprisonment');
    expect(sentenceLine('Fine of EUR 20,000', null)).toBe('Fine of EUR 20,000');
    expect(sentenceLine(null, null)).toBeNull();
  });
});

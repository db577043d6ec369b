// Who speaks when the sentence with the quotation does not say: the subject of a clause a
// participle hangs on, the subject of the sentence before a quotation, a surname named without its
// particle, and "he" after a run of quoted sentences. Hand-built sentences, one mechanism each.

import type { EventFacts } from '../../../src/domain/facts';
import { validateFacts } from '../../../src/domain/validateFacts';
import { entityName, extract } from './helpers';

const speakerOf = (facts: EventFacts, words: string): string | null => {
  const claims = facts.claims.filter((c) => c.evidence[0]?.text.includes(words));
  return entityName(facts, claims.find((c) => c.speakerId !== null)?.speakerId ?? null);
};

describe('a participle after a clause with no verb of saying', () => {
  const body = 'Assistant Secretary of the Air Force for Acquisition Marvin Sambur defended the choice of Boeing, saying, "This was not a competitive bid process."';
  it('is said by the subject of its sentence, not by a body named in a title', () => {
    const facts = extract(body, '2024-05-01');
    expect(speakerOf(facts, 'competitive bid')).toBe('Marvin Sambur');
    expect(validateFacts(facts)).toEqual([]);
  });
  it('an opening phrase set off by a comma does not hide the subject', () => {
    const facts = extract('On Friday, Helena Marsh published a letter in the newspaper, writing that the plan would fail.', '2024-05-01');
    expect(speakerOf(facts, 'the plan would fail')).toBe('Helena Marsh');
  });
  it('a participle after a place or a time has no speaker', () => {
    const facts = extract('Flooding hit Leeds on Monday, saying nothing of the damage to come.', '2024-05-01');
    expect(speakerOf(facts, 'damage to come')).toBeNull();
  });
});

describe('a quotation opening the sentence after one about someone', () => {
  const body = 'Deputy minister Bright Matonga later clarified the comments. "We want you to be part of this. We are willing to talk to you."';
  it('is the subject’s, with every sentence of the quotation', () => {
    const facts = extract(body, '2024-05-01');
    expect(speakerOf(facts, 'part of this')).toBe('Bright Matonga');
    expect(speakerOf(facts, 'willing to talk')).toBe('Bright Matonga');
    expect(validateFacts(facts)).toEqual([]);
  });
  it('not across a paragraph break', () => {
    const facts = extract('Deputy minister Bright Matonga later clarified the comments.\n"We want you to be part of this."', '2024-05-01');
    expect(speakerOf(facts, 'part of this')).toBeNull();
  });
  it('after a colon, the next paragraph too', () => {
    const facts = extract('Senator Mary Coleman issued a statement:\n"Like many Texans, I am disappointed with the decision."', '2024-05-01');
    expect(speakerOf(facts, 'disappointed')).toBe('Mary Coleman');
  });
});

describe('a surname with a hyphenated particle', () => {
  it('named alone without the particle is the same person', () => {
    const facts = extract('Foreign minister Abdul Ati al-Obeidi spoke in Tripoli. In an interview, Obeidi called for a ceasefire.', '2024-05-01');
    expect(speakerOf(facts, 'ceasefire')).toBe('Abdul Ati al-Obeidi');
    expect(facts.entities.filter((e) => e.kind === 'PERSON').map((e) => e.name)).toEqual(['Abdul Ati al-Obeidi']);
  });
});

describe('"he" after a run of quoted sentences', () => {
  const body = [
    'William Hague said Britain would send a team.',
    'Defence minister La Russa said the roles were open, "They won\'t be on the battlefield. They\'ll be mentors. They won\'t fight. Training is one thing."',
    'He further said of the rebels that they were poor in arms.',
  ].join('\n');
  it('looks past the quoted sentences to the speaker, and a particle is no given name', () => {
    expect(speakerOf(extract(body, '2024-05-01'), 'poor in arms')).toBe('La Russa');
  });
  it('once "he" has stood for someone, "she" is somebody else', () => {
    const text = 'Cres Eastman warned of the risks. "It is serious," he said. "We must act. Salt helps."\nShe says the issue is complicated.';
    expect(speakerOf(extract(text, '2024-05-01'), 'the issue is complicated')).not.toBe('Cres Eastman');
  });
});

describe('a sound bite in a broadcast transcript', () => {
  const intro = 'Spokeswoman Donna Wright says the new policy would not be fairer.';
  it('is the words of the person who spoke last in the paragraph before', () => {
    const facts = extract(`${intro}\nThe sickest patients are already treated first. Uh, we see waiting times of two days.`, '2024-05-01');
    expect(speakerOf(facts, 'already treated first')).toBe('Donna Wright');
    expect(speakerOf(facts, 'waiting times')).toBe('Donna Wright');
    expect(validateFacts(facts)).toEqual([]);
  });
  it('not a paragraph with no words only speech has', () => {
    const facts = extract(`${intro}\nThe sickest patients are already treated first. Waiting times are two days.`, '2024-05-01');
    expect(speakerOf(facts, 'already treated first')).toBeNull();
  });
  it('not a paragraph with quotation marks, nor one after nobody spoke', () => {
    expect(speakerOf(extract(`${intro}\nThe "sickest" patients are uh treated first.`, '2024-05-01'), 'treated first')).toBeNull();
    expect(speakerOf(extract('The policy changed in May.\nUh, we see waiting times of two days.', '2024-05-01'), 'waiting times')).toBeNull();
  });
});

describe('verbs that name or describe, followed by quoted words', () => {
  it('"called it “...”" and "described X as “...”" are statements by their subject', () => {
    const facts = extract('Senator Mary Coleman called it "a textbook case of favoritism." Olaf Berg described the plan as "a small skirmish in a long war."', '2024-05-01');
    expect(speakerOf(facts, 'textbook case')).toBe('Mary Coleman');
    expect(speakerOf(facts, 'small skirmish')).toBe('Olaf Berg');
  });
  it('not without quoted words', () => {
    const facts = extract('Senator Mary Coleman called the meeting to order. Olaf Berg described the plan to reporters.', '2024-05-01');
    expect(facts.claims.filter((c) => c.speakerId !== null)).toEqual([]);
  });
});

describe('quoted words in a sentence that names no speaker', () => {
  it('are the subject’s, with an appositive between the name and the verb', () => {
    const facts = extract('Craig Barrett, the company chief, threatened the chairman with "severe consequences" for his support.', '2024-05-01');
    expect(speakerOf(facts, 'severe consequences')).toBe('Craig Barrett');
  });
  it('not a name inside a clause: "They claim that John Barrett has “...”"', () => {
    const facts = extract('They claim that John Barrett has "beaten them into guacamole" in retaliation.', '2024-05-01');
    expect(speakerOf(facts, 'guacamole')).not.toBe('John Barrett');
  });
});

describe('sources described, not named', () => {
  it('a determiner and a noun, or a plural opening the clause, before the verb', () => {
    const facts = extract('The astronomers say the planet is hot. Estimates suggest 8000 migrants may be at sea. One attendee noted that the police were calm.', '2024-05-01');
    expect(speakerOf(facts, 'planet is hot')?.toLowerCase()).toBe('astronomers');
    expect(speakerOf(facts, 'migrants may be at sea')?.toLowerCase()).toBe('estimates');
    expect(speakerOf(facts, 'police were calm')?.toLowerCase()).toBe('one attendee');
  });
  it('not a passive or a reduced relative: "the discovery was reported", "earmarks added into the bill"', () => {
    const facts = extract('The discovery was reported online in a journal. Earmarks added into the bill included tax cuts.', '2024-05-01');
    expect(facts.claims.filter((c) => c.speakerId !== null)).toEqual([]);
  });
  it('a plural opening the sentence before a verb of saying is no person', () => {
    const facts = extract('Others highlighted the cost of the drug.', '2024-05-01');
    expect(facts.entities.filter((e) => e.kind === 'PERSON')).toEqual([]);
  });
  it('a verb that is also a noun speaks only before "that"', () => {
    expect(speakerOf(extract('Organizers state that two million people will come.', '2024-05-01'), 'two million')?.toLowerCase()).toBe('organizers');
    const facts = extract('Nigeria state radio says thousands gathered.', '2024-05-01');
    expect(entityName(facts, facts.claims.find((c) => c.speakerId !== null)?.speakerId ?? null)).not.toBe('Nigeria');
  });
});

describe('a document that speaks for its owner', () => {
  it('"Coleman\'s statement added" is Coleman\'s statement', () => {
    const facts = extract('Senator Mary Coleman spoke on Monday. Coleman\'s statement added, "There is no question the city should have been chosen."', '2024-05-01');
    expect(speakerOf(facts, 'no question')).toBe('Mary Coleman');
  });
});

describe('a source introduced by "with" before a participle', () => {
  it('"with one poster writing “...”" is the poster’s; "with a scientist noting that" the scientist’s', () => {
    const facts = extract('Critics attacked the site, with one poster writing "How can people look at both sides?" Later the watch ended, with a scientist at the centre noting that "the danger has passed".', '2024-05-01');
    expect(speakerOf(facts, 'both sides')).toBe('one poster');
    expect(speakerOf(facts, 'danger has passed')).toBe('scientist at the centre');
  });
  it('not a noun that looks like a participle: "with a tsunami warning centre"', () => {
    const facts = extract('The city was hit, with a tsunami warning centre closed.', '2024-05-01');
    expect(facts.claims.filter((c) => c.speakerId !== null)).toEqual([]);
  });
});

describe('a described source right after a quotation', () => {
  it('"“...” one attendee noted online" is the attendee’s', () => {
    const facts = extract('"I was searched and charged" one attendee noted online.', '2024-05-01');
    expect(speakerOf(facts, 'searched and charged')).toBe('one attendee');
  });
});

import { type PartnerContact } from '../core/api/types';
import { contactBody, contactChanges, contactField, contactRow } from './contact-changes';

const saved: PartnerContact[] = [
  {
    id: 'c1',
    name: 'Claire Dufour',
    role: 'Responsable communication',
    email: 'claire@pixel.ch',
    phone: null,
  },
  { id: 'c2', name: 'Marc Rey', role: null, email: null, phone: '+41 21 000 00 00' },
];

describe('contactBody', () => {
  it('trims and sends empty optional fields as null', () => {
    expect(
      contactBody({ id: null, name: ' Ana ', role: '', email: ' ana@x.ch ', phone: ' ' }),
    ).toEqual({
      name: 'Ana',
      role: null,
      email: 'ana@x.ch',
      phone: null,
    });
  });
});

describe('contactChanges', () => {
  it('changes nothing when the rows are the saved contacts', () => {
    expect(contactChanges(saved, saved.map(contactRow))).toEqual({
      add: [],
      update: [],
      remove: [],
    });
  });

  it('adds new rows, updates changed ones and removes dropped contacts', () => {
    const rows = [
      { ...contactRow(saved[0]), phone: '+41 79 111 22 33' },
      { id: null, name: 'Nouvelle Personne', role: '', email: '', phone: '' },
    ];
    expect(contactChanges(saved, rows)).toEqual({
      add: [
        { index: 1, body: { name: 'Nouvelle Personne', role: null, email: null, phone: null } },
      ],
      update: [
        {
          index: 0,
          id: 'c1',
          body: {
            name: 'Claire Dufour',
            role: 'Responsable communication',
            email: 'claire@pixel.ch',
            phone: '+41 79 111 22 33',
          },
        },
      ],
      remove: ['c2'],
    });
  });

  it('treats whitespace-only edits as no change', () => {
    const rows = [{ ...contactRow(saved[0]), name: ' Claire Dufour ' }, contactRow(saved[1])];
    expect(contactChanges(saved, rows).update).toEqual([]);
  });
});

describe('contactField', () => {
  it('finds the row and field of an API field error', () => {
    expect(contactField('contacts.2.email')).toEqual({ index: 2, name: 'email' });
    expect(contactField('name')).toBeNull();
  });
});

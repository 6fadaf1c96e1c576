import { invitationMail, lifetime, passwordResetMail } from './account-mail.templates';

/** Intl writes a no-break space between a number and its unit. */
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('account mail templates', () => {
  it('says how long a link lasts in its largest whole unit, in the language', () => {
    expect(plain(lifetime(7 * 86400, 'fr'))).toBe('7 jours');
    expect(plain(lifetime(3600, 'en'))).toBe('1 hour');
    expect(plain(lifetime(90 * 60, 'fr'))).toBe('90 minutes');
  });

  it('writes the invitation in the recipient’s language, with the programme and the link', () => {
    const m = {
      displayName: 'Léa Müller',
      email: 'lea@example.ch',
      url: 'https://clique.example/set-password?token=abc',
      ttlSeconds: 7 * 86400,
      programmeName: 'MCMS (volée 2027)',
    };
    const fr = invitationMail('fr', m);
    expect(fr.subject).toContain('MCMS (volée 2027)');
    expect(fr.text).toContain('Bonjour Léa Müller');
    expect(fr.text).toContain(m.url);
    expect(plain(fr.text)).toContain('7 jours');
    const en = invitationMail('en', { ...m, programmeName: null });
    expect(en.subject).toContain('Welcome to Clique');
    expect(en.html).toContain('https://clique.example/set-password?token=abc');
  });

  it('escapes a name that holds markup', () => {
    const mail = passwordResetMail('en', {
      displayName: '<img src=x onerror=alert(1)>',
      email: 'x@example.ch',
      url: 'https://clique.example/reset-password?token=t',
      ttlSeconds: 3600,
    });
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.html).toContain('&lt;img');
  });
});

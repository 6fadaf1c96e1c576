import { backoffSeconds, describeSmtpError, isPermanent } from './mail-sender';
import { messageIdDomain } from './mail.service';

describe('mail sending rules', () => {
  it('treats 5xx as permanent, 4xx and network errors as temporary', () => {
    expect(isPermanent({ responseCode: 550 })).toBe(true);
    expect(isPermanent({ responseCode: 451 })).toBe(false);
    expect(isPermanent({ code: 'ECONNREFUSED' })).toBe(false);
  });

  it('backs off 30 s, 2 min, 8 min, 32 min', () => {
    expect([1, 2, 3, 4].map(backoffSeconds)).toEqual([30, 120, 480, 1920]);
  });

  it('describes an SMTP answer or a network error', () => {
    expect(describeSmtpError({ response: '550 No such user', responseCode: 550 })).toBe(
      '550 No such user',
    );
    expect(describeSmtpError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' })).toBe(
      'ECONNREFUSED: connect ECONNREFUSED',
    );
  });

  it("takes the Message-ID's domain from MAIL_FROM, else PUBLIC_URL", () => {
    expect(messageIdDomain('Clique <no-reply@Mail.Example.org>', 'http://x')).toBe(
      'mail.example.org',
    );
    expect(messageIdDomain('no-reply', 'https://clique.example.ch/')).toBe('clique.example.ch');
  });
});

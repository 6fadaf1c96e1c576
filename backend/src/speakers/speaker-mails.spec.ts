import { invitationMail, sampleTalk, sessionChangedMail, talkWhen } from './speaker-mails';
import { talkContact } from './talk-row';

describe('speaker mails', () => {
  it('gives the talk’s time in the programme’s zone, on both sides of a clock change', () => {
    const zone = { time_zone: 'Europe/Zurich' };
    const winter = talkWhen(
      {
        ...zone,
        starts_at: new Date('2027-01-13T13:00:00Z'),
        ends_at: new Date('2027-01-13T14:30:00Z'),
      },
      'fr',
    );
    const summer = talkWhen(
      {
        ...zone,
        starts_at: new Date('2027-06-09T12:00:00Z'),
        ends_at: new Date('2027-06-09T13:30:00Z'),
      },
      'en',
    );
    expect(winter).toBe('mercredi 13 janvier 2027, 14:00–15:30 (Europe/Zurich)');
    expect(summer).toBe('Wednesday 9 June 2027, 14:00–15:30 (Europe/Zurich)');
  });

  it('names the inviting instructor as the contact when nobody else is named', () => {
    const r = { ...sampleTalk('fr'), contact_name: null, contact_email: null, contact_phone: null };
    expect(talkContact(r)).toEqual({ name: r.invited_by, email: r.inviter_email, phone: null });
  });

  it('puts the link, the place and the practical details in both parts, escaped in the HTML', () => {
    const r = { ...sampleTalk('fr'), access_info: 'Porte <B> & escalier' };
    const mail = invitationMail(r, 'fr', 'https://clique.example/speaker/t0k3n');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('https://clique.example/speaker/t0k3n');
      expect(part).toContain('Maison de la Communication, Lausanne');
      expect(part).toContain('Projecteur HDMI');
    }
    expect(mail.text).toContain('Porte <B> & escalier');
    expect(mail.html).toContain('Porte &lt;B&gt; &amp; escalier');
    expect(mail.html).not.toContain('<B>');
  });

  it('says when a moved talk was planned before', () => {
    const r = sampleTalk('en');
    const before = {
      startsAt: new Date('2027-01-13T13:00:00Z'),
      endsAt: new Date('2027-01-13T14:30:00Z'),
    };
    const mail = sessionChangedMail(r, 'en', { moved: true, before, reason: 'Room works' }, null);
    expect(mail.subject).toMatch(/^New date: /);
    expect(mail.text).toContain('It was planned for Wednesday 13 January 2027, 14:00–15:30');
    expect(mail.text).toContain('Reason: Room works');
  });
});

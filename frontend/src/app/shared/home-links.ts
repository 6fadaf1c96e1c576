import { type Role } from '../core/api/types';

/** A shortcut card on a role's home page. */
export interface HomeLink {
  path: string;
  icon: string;
  /**
   * Translation keys prefix: `<key>.title`, `<key>.text` (one line) and `<key>.action` (the
   * link's text, which names where it goes).
   */
  key: string;
}

/** The shortcuts each role's home page offers, in the navigation's order. */
export const HOME_LINKS: Readonly<Record<Role, readonly HomeLink[]>> = {
  admin: [
    { path: '/admin/programmes', icon: 'school', key: 'home.admin.links.programmes' },
    { path: '/admin/cohorts', icon: 'groups', key: 'home.admin.links.cohorts' },
    { path: '/admin/partners', icon: 'handshake', key: 'home.admin.links.partners' },
    { path: '/admin/calendar', icon: 'calendar_month', key: 'home.admin.links.calendar' },
    { path: '/admin/rooms', icon: 'meeting_room', key: 'home.admin.links.rooms' },
    { path: '/admin/speakers', icon: 'record_voice_over', key: 'home.admin.links.speakers' },
    { path: '/admin/invitations', icon: 'outgoing_mail', key: 'home.admin.links.invitations' },
    { path: '/admin/projects', icon: 'work', key: 'home.admin.links.projects' },
    { path: '/admin/users', icon: 'group', key: 'home.admin.links.users' },
  ],
  instructor: [
    {
      path: '/instructor/calendar',
      icon: 'calendar_month',
      key: 'home.instructor.links.calendar',
    },
    { path: '/instructor/projects', icon: 'work', key: 'home.instructor.links.projects' },
    {
      path: '/instructor/speakers',
      icon: 'record_voice_over',
      key: 'home.instructor.links.speakers',
    },
    {
      path: '/instructor/invitations',
      icon: 'outgoing_mail',
      key: 'home.instructor.links.invitations',
    },
    { path: '/instructor/rooms', icon: 'meeting_room', key: 'home.instructor.links.rooms' },
  ],
  student: [
    { path: '/student/calendar', icon: 'calendar_month', key: 'home.student.links.calendar' },
    { path: '/student/project', icon: 'work', key: 'home.student.links.project' },
  ],
};

import { type Role } from '../api/types';

export interface NavItem {
  path: string;
  /** Translation key of the label. */
  label: string;
  icon: string;
  /** Active only on this exact path (home), not on its children. */
  exact: boolean;
}

/** The navigation each role may use. */
export const NAV_ITEMS: Readonly<Record<Role, readonly NavItem[]>> = {
  admin: [
    { path: '/admin', label: 'nav.home', icon: 'home', exact: true },
    { path: '/admin/programmes', label: 'nav.programmes', icon: 'school', exact: false },
    { path: '/admin/cohorts', label: 'nav.cohorts', icon: 'groups', exact: false },
    { path: '/admin/partners', label: 'nav.partners', icon: 'handshake', exact: false },
    { path: '/admin/calendar', label: 'nav.calendar', icon: 'calendar_month', exact: false },
    { path: '/admin/rooms', label: 'nav.rooms', icon: 'meeting_room', exact: false },
    { path: '/admin/speakers', label: 'nav.speakers', icon: 'record_voice_over', exact: false },
    { path: '/admin/invitations', label: 'nav.invitations', icon: 'outgoing_mail', exact: false },
    { path: '/admin/projects', label: 'nav.projects', icon: 'work', exact: false },
    { path: '/admin/veille', label: 'nav.veille', icon: 'dynamic_feed', exact: false },
    { path: '/admin/gradebook', label: 'nav.gradebook', icon: 'grading', exact: false },
    { path: '/admin/progress', label: 'nav.progress', icon: 'insights', exact: false },
    { path: '/admin/juries', label: 'nav.juries', icon: 'gavel', exact: false },
    { path: '/admin/diplomas', label: 'nav.diplomas', icon: 'workspace_premium', exact: false },
    { path: '/admin/mail', label: 'nav.mail', icon: 'mail', exact: false },
    { path: '/admin/users', label: 'nav.users', icon: 'group', exact: false },
  ],
  instructor: [
    { path: '/instructor', label: 'nav.home', icon: 'home', exact: true },
    { path: '/instructor/calendar', label: 'nav.calendar', icon: 'calendar_month', exact: false },
    { path: '/instructor/rooms', label: 'nav.rooms', icon: 'meeting_room', exact: false },
    {
      path: '/instructor/speakers',
      label: 'nav.speakers',
      icon: 'record_voice_over',
      exact: false,
    },
    {
      path: '/instructor/invitations',
      label: 'nav.invitations',
      icon: 'outgoing_mail',
      exact: false,
    },
    { path: '/instructor/projects', label: 'nav.tutoredProjects', icon: 'work', exact: false },
    { path: '/instructor/veille', label: 'nav.veille', icon: 'dynamic_feed', exact: false },
    { path: '/instructor/gradebook', label: 'nav.gradebook', icon: 'grading', exact: false },
    { path: '/instructor/progress', label: 'nav.progress', icon: 'insights', exact: false },
  ],
  student: [
    { path: '/student', label: 'nav.home', icon: 'home', exact: true },
    { path: '/student/calendar', label: 'nav.calendar', icon: 'calendar_month', exact: false },
    { path: '/student/veille', label: 'nav.veille', icon: 'dynamic_feed', exact: false },
    { path: '/student/project', label: 'nav.myProject', icon: 'work', exact: false },
    { path: '/student/attendance', label: 'nav.myAttendance', icon: 'how_to_reg', exact: false },
    { path: '/student/results', label: 'nav.myResults', icon: 'grading', exact: false },
    { path: '/student/diploma', label: 'nav.myDiploma', icon: 'workspace_premium', exact: false },
  ],
};

import { Identity1795334664796 } from './1795334664796-Identity';
import { Programmes1795335099714 } from './1795335099714-Programmes';
import { Scheduling1795335449935 } from './1795335449935-Scheduling';
import { Projects1795335648003 } from './1795335648003-Projects';
import { ProjectDefences1795336485205 } from './1795336485205-ProjectDefences';
import { ParallelDefences1795336867919 } from './1795336867919-ParallelDefences';
import { HouseInOrder1796158800000 } from './1796158800000-HouseInOrder';
import { DiplomaRules1796200000000 } from './1796200000000-DiplomaRules';
import { Assessments1796200100000 } from './1796200100000-Assessments';
import { Attendance1796200200000 } from './1796200200000-Attendance';
import { Mail1796300000000 } from './1796300000000-Mail';
import { Notifications1796300100000 } from './1796300100000-Notifications';
import { AccountMail1796300200000 } from './1796300200000-AccountMail';
import { SpeakerMail1796300300000 } from './1796300300000-SpeakerMail';
import { Juries1796300400000 } from './1796300400000-Juries';
import { Diplomas1796300500000 } from './1796300500000-Diplomas';
import { Credentials1796300600000 } from './1796300600000-Credentials';
import { ListSortIndexes1796400300000 } from './1796400300000-ListSortIndexes';
import { AnyTimeZone1796400400000 } from './1796400400000-AnyTimeZone';
import { Veille1796400500000 } from './1796400500000-Veille';
import { VeilleNotifications1796400600000 } from './1796400600000-VeilleNotifications';
import { CourseDaySlots1796400700000 } from './1796400700000-CourseDaySlots';
import { MovableCourseDays1796400800000 } from './1796400800000-MovableCourseDays';

/** Every migration, in order. Listed as classes (not a glob) so the build needs no file scan. */
export const migrations = [
  Identity1795334664796,
  Programmes1795335099714,
  Scheduling1795335449935,
  Projects1795335648003,
  ProjectDefences1795336485205,
  ParallelDefences1795336867919,
  HouseInOrder1796158800000,
  DiplomaRules1796200000000,
  Assessments1796200100000,
  Attendance1796200200000,
  Mail1796300000000,
  Notifications1796300100000,
  AccountMail1796300200000,
  SpeakerMail1796300300000,
  Juries1796300400000,
  Diplomas1796300500000,
  Credentials1796300600000,
  ListSortIndexes1796400300000,
  AnyTimeZone1796400400000,
  Veille1796400500000,
  VeilleNotifications1796400600000,
  CourseDaySlots1796400700000,
  MovableCourseDays1796400800000,
];

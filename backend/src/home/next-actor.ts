import type { ProjectState } from '../projects';
import type { NextActor } from './dto/home.dto';

/**
 * Who must act next on a project in `state`: the team writes, starts and hands in; the tutor
 * (an administrator when there is none) reviews a proposal, holds the defence and grades.
 */
export function nextActor(state: ProjectState, hasTutor: boolean): NextActor {
  const staff: NextActor = hasTutor ? 'tutor' : 'admin';
  switch (state) {
    case 'sent_back':
    case 'approved':
    case 'in_progress':
      return 'team';
    case 'proposed':
    case 'submitted':
    case 'defended':
      return staff;
    default:
      return 'none';
  }
}

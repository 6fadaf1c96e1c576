import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** The project page, opened from a list (`back` is that list). */
const projectPage = (back: string, backLabel: string) => ({
  path: ':id',
  title: 'title.project',
  data: { back, backLabel },
  loadComponent: () => import('./project.page').then((m) => m.ProjectPage),
});

/** Student: /student/project (their project or the proposal form), /student/project/:id. */
export const studentProjectRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('projects')],
    children: [
      {
        path: '',
        title: 'title.myProject',
        loadComponent: () => import('./my-project.page').then((m) => m.MyProjectPage),
      },
      projectPage('/student/project', 'projects.backToMine'),
    ],
  },
];

/** Instructor: /instructor/projects (tutored projects), /instructor/projects/:id. */
export const tutorProjectRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('projects')],
    children: [
      {
        path: '',
        title: 'title.tutoredProjects',
        loadComponent: () => import('./tutored-projects.page').then((m) => m.TutoredProjectsPage),
      },
      projectPage('/instructor/projects', 'projects.backToTutored'),
    ],
  },
];

/** Admin: /admin/projects (a cohort's overview), /admin/projects/:id. */
export const adminProjectRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('projects')],
    children: [
      {
        path: '',
        title: 'title.projectsOverview',
        loadComponent: () => import('./projects-overview.page').then((m) => m.ProjectsOverviewPage),
      },
      projectPage('/admin/projects', 'projects.backToOverview'),
    ],
  },
];

import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type CourseModule,
  type CreateCourseModuleRequest,
  type CreateModuleGroupRequest,
  type CreatePeriodRequest,
  type DiplomaPreset,
  type DiplomaRule,
  type DiplomaRuleInput,
  type ModuleGroup,
  type ProgrammePeriod,
  type UpdateModuleGroupRequest,
  type UpdatePeriodRequest,
  type CreateProgrammeRequest,
  type Page,
  type Programme,
  type ProgrammeDetail,
  type ProgrammeListQuery,
  type UpdateCourseModuleRequest,
  type UpdateProgrammeRequest,
} from './types';

const programmeUrl = (id: string) => `/api/programmes/${encodeURIComponent(id)}`;
const moduleUrl = (id: string) => `/api/modules/${encodeURIComponent(id)}`;
const periodUrl = (id: string) => `/api/periods/${encodeURIComponent(id)}`;
const groupUrl = (id: string) => `/api/module-groups/${encodeURIComponent(id)}`;

/** Programmes and their modules (writes: admin only). */
@Injectable({ providedIn: 'root' })
export class ProgrammesApiService {
  private readonly http = inject(HttpClient);

  list(query: ProgrammeListQuery): Observable<Page<Programme>> {
    let params = new HttpParams().set('page', query.page).set('size', query.size);
    if (query.sort) params = params.set('sort', query.sort);
    if (query.q) params = params.set('q', query.q);
    if (query.includeArchived) params = params.set('includeArchived', true);
    return this.http.get<Page<Programme>>('/api/programmes', { params });
  }

  get(id: string): Observable<ProgrammeDetail> {
    return this.http.get<ProgrammeDetail>(programmeUrl(id));
  }

  create(body: CreateProgrammeRequest): Observable<ProgrammeDetail> {
    return this.http.post<ProgrammeDetail>('/api/programmes', body);
  }

  update(id: string, body: Partial<UpdateProgrammeRequest>): Observable<ProgrammeDetail> {
    return this.http.patch<ProgrammeDetail>(programmeUrl(id), body);
  }

  archive(id: string): Observable<ProgrammeDetail> {
    return this.http.post<ProgrammeDetail>(`${programmeUrl(id)}/archive`, null);
  }

  restore(id: string): Observable<ProgrammeDetail> {
    return this.http.post<ProgrammeDetail>(`${programmeUrl(id)}/restore`, null);
  }

  /** Only a programme without cohorts: otherwise 409 `programme.in_use`. */
  remove(id: string): Observable<void> {
    return this.http.delete<void>(programmeUrl(id));
  }

  addModule(programmeId: string, body: CreateCourseModuleRequest): Observable<CourseModule> {
    return this.http.post<CourseModule>(`${programmeUrl(programmeId)}/modules`, body);
  }

  /** Puts every module of the programme in the given order. */
  reorderModules(programmeId: string, moduleIds: readonly string[]): Observable<CourseModule[]> {
    return this.http.put<CourseModule[]>(`${programmeUrl(programmeId)}/modules/order`, {
      moduleIds,
    });
  }

  updateModule(id: string, body: UpdateCourseModuleRequest): Observable<CourseModule> {
    return this.http.patch<CourseModule>(moduleUrl(id), body);
  }

  archiveModule(id: string): Observable<CourseModule> {
    return this.http.post<CourseModule>(`${moduleUrl(id)}/archive`, null);
  }

  restoreModule(id: string): Observable<CourseModule> {
    return this.http.post<CourseModule>(`${moduleUrl(id)}/restore`, null);
  }

  /** Only a module nothing uses: otherwise 409 `module.in_use`. */
  removeModule(id: string): Observable<void> {
    return this.http.delete<void>(moduleUrl(id));
  }

  /** Replaces the programme's whole ordered list of diploma rules. */
  replaceRules(programmeId: string, rules: readonly DiplomaRuleInput[]): Observable<DiplomaRule[]> {
    return this.http.put<DiplomaRule[]>(`${programmeUrl(programmeId)}/rules`, { rules });
  }

  /** Applies a preset's settings and rules (409 for another scale, or a step change with grades). */
  applyPreset(programmeId: string, preset: DiplomaPreset): Observable<ProgrammeDetail> {
    return this.http.post<ProgrammeDetail>(
      `${programmeUrl(programmeId)}/presets/${encodeURIComponent(preset)}`,
      {},
    );
  }

  addPeriod(programmeId: string, body: CreatePeriodRequest): Observable<ProgrammePeriod> {
    return this.http.post<ProgrammePeriod>(`${programmeUrl(programmeId)}/periods`, body);
  }

  updatePeriod(id: string, body: UpdatePeriodRequest): Observable<ProgrammePeriod> {
    return this.http.patch<ProgrammePeriod>(periodUrl(id), body);
  }

  removePeriod(id: string): Observable<void> {
    return this.http.delete<void>(periodUrl(id));
  }

  addGroup(programmeId: string, body: CreateModuleGroupRequest): Observable<ModuleGroup> {
    return this.http.post<ModuleGroup>(`${programmeUrl(programmeId)}/groups`, body);
  }

  updateGroup(id: string, body: UpdateModuleGroupRequest): Observable<ModuleGroup> {
    return this.http.patch<ModuleGroup>(groupUrl(id), body);
  }

  /** Only a group no rule uses: otherwise 409 `group.in_use`. */
  removeGroup(id: string): Observable<void> {
    return this.http.delete<void>(groupUrl(id));
  }
}

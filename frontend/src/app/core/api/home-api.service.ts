import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import { type AdminHome, type InstructorHome, type StudentHome } from './types';

/** Each role's home: one request, what is next and what waits for the signed-in user. */
@Injectable({ providedIn: 'root' })
export class HomeApiService {
  private readonly http = inject(HttpClient);

  student(): Observable<StudentHome> {
    return this.http.get<StudentHome>('/api/home/student');
  }

  instructor(): Observable<InstructorHome> {
    return this.http.get<InstructorHome>('/api/home/instructor');
  }

  admin(): Observable<AdminHome> {
    return this.http.get<AdminHome>('/api/home/admin');
  }
}

import { Injectable } from '@nestjs/common';
import type { Language } from '../identity/role';
import type { Viewer } from '../scheduling/session-access';
import { SessionReadsService } from '../scheduling/session-reads.service';
import { toIcsSession } from './calendar-feeds.service';
import { buildIcs } from './ics';

/** A single session as an .ics file, for whoever may see it. */
@Injectable()
export class SessionIcsService {
  constructor(private readonly reads: SessionReadsService) {}

  async render(viewer: Viewer, id: string, language: Language): Promise<string> {
    const row = await this.reads.get(viewer, id);
    return buildIcs(row.title, [toIcsSession(row)], language);
  }
}

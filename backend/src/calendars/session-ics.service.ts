import { Injectable } from '@nestjs/common';
import type { Language } from '../common/role';
import type { Viewer } from '../common/access';
import { SessionReadsService, buildIcs } from '../scheduling';
import { toIcsSession } from './calendar-feeds.service';

/** A single session as an .ics file, for whoever may see it. */
@Injectable()
export class SessionIcsService {
  constructor(private readonly reads: SessionReadsService) {}

  async render(viewer: Viewer, id: string, language: Language): Promise<string> {
    const row = await this.reads.get(viewer, id);
    return buildIcs(row.title, [toIcsSession(row)], language);
  }
}

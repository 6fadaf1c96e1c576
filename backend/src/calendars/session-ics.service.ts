import { Injectable } from '@nestjs/common';
import type { Language } from '../common/role';
import type { Viewer } from '../common/access';
import { SessionReadsService, buildIcs } from '../scheduling';
import { toIcsSession } from './calendar-feeds.service';

/** A single session as an .ics file, for whoever may see it: a day comes with its slots. */
@Injectable()
export class SessionIcsService {
  constructor(private readonly reads: SessionReadsService) {}

  async render(viewer: Viewer, id: string, language: Language): Promise<string> {
    const rows = await this.reads.withSlots(viewer, id);
    return buildIcs(
      rows[0]?.title ?? '',
      rows.map((r) => toIcsSession(r)),
      language,
    );
  }
}

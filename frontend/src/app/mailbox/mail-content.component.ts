import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { TranslocoPipe } from '@jsverse/transloco';
import { MailFrameComponent } from './mail-frame.component';
import { type MailContent } from './mailbox-api.service';

/** A mail's parts in tabs: the HTML as rendered (sandboxed), the plain text, the links. */
@Component({
  selector: 'cq-mail-content',
  imports: [MatIconModule, MatTabsModule, TranslocoPipe, MailFrameComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-tab-group mat-stretch-tabs="false" animationDuration="0ms" class="parts">
      <mat-tab [label]="'mailbox.parts.html' | transloco">
        <cq-mail-frame
          class="part"
          [html]="content().html"
          [label]="'mailbox.parts.htmlFrame' | transloco: { subject: content().subject }"
        />
      </mat-tab>
      <mat-tab [label]="'mailbox.parts.text' | transloco">
        <pre class="part text" data-testid="mail-text">{{ content().text }}</pre>
      </mat-tab>
      <mat-tab [label]="'mailbox.parts.links' | transloco: { count: content().links.length }">
        <div class="part">
          @if (content().links.length) {
            <ul class="links" data-testid="mail-links">
              @for (link of content().links; track link) {
                <li>
                  <mat-icon aria-hidden="true">link</mat-icon>
                  <a [href]="link" target="_blank" rel="noopener noreferrer">
                    {{ link }}
                    <span class="cq-visually-hidden">{{ 'mailbox.parts.newTab' | transloco }}</span>
                  </a>
                </li>
              }
            </ul>
          } @else {
            <p class="muted">{{ 'mailbox.parts.noLinks' | transloco }}</p>
          }
        </div>
      </mat-tab>
    </mat-tab-group>
  `,
  styles: `
    .part {
      display: block;
      margin-top: 16px;
    }
    .text {
      white-space: pre-wrap;
      word-break: break-word;
      font: var(--mat-sys-body-medium);
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
      margin-bottom: 0;
    }
    .links {
      list-style: none;
      padding: 0;
      margin: 0;
      li {
        display: flex;
        gap: 8px;
        align-items: flex-start;
        padding: 6px 0;
        word-break: break-all;
      }
      mat-icon {
        flex: none;
        color: var(--mat-sys-on-surface-variant);
      }
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MailContentComponent {
  readonly content = input.required<MailContent>();
}

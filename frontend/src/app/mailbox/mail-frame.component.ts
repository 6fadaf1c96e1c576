import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  effect,
  input,
  viewChild,
} from '@angular/core';

/**
 * A mail's HTML part, shown as the recipient's client would, and safely: in an iframe with an
 * empty `sandbox` (no scripts, no forms, an opaque origin that cannot reach the app) from
 * `srcdoc`, set as a DOM property (Angular's HTML sanitizer would strip the inline styles
 * mail clients rely on; the sandbox is the protection here).
 */
@Component({
  selector: 'cq-mail-frame',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<iframe #frame sandbox="" referrerpolicy="no-referrer" [title]="label()"></iframe>`,
  styles: `
    :host {
      display: block;
    }
    iframe {
      display: block;
      width: 100%;
      height: 560px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: #fff;
      resize: vertical;
    }
  `,
})
export class MailFrameComponent {
  readonly html = input.required<string>();
  /** The iframe's accessible name. */
  readonly label = input.required<string>();
  private readonly frame = viewChild.required<ElementRef<HTMLIFrameElement>>('frame');

  constructor() {
    effect(() => {
      this.frame().nativeElement.srcdoc = this.html();
    });
  }
}

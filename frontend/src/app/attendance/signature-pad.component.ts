import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  afterNextRender,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import SignaturePad from 'signature_pad';

/** The exported image: small enough for the API's limit, sharp enough for the PDF sheet. */
const EXPORT_WIDTH = 600;
const EXPORT_HEIGHT = 200;

type Mode = 'draw' | 'type';

/**
 * A signature: drawn with a finger, mouse or stylus (signature_pad), or, from the keyboard,
 * the person's name typed and written out as the image. `dataUrl()` gives the PNG, or null
 * while nothing is signed.
 */
@Component({
  selector: 'cq-signature-pad',
  imports: [
    FormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group
      class="modes"
      [value]="mode()"
      (change)="setMode($event.value)"
      [attr.aria-label]="label()"
    >
      <mat-button-toggle value="draw">
        <mat-icon>draw</mat-icon> {{ 'attendance.pad.draw' | transloco }}
      </mat-button-toggle>
      <mat-button-toggle value="type">
        <mat-icon>keyboard</mat-icon> {{ 'attendance.pad.type' | transloco }}
      </mat-button-toggle>
    </mat-button-toggle-group>

    <div class="pad" [hidden]="mode() !== 'draw'">
      <canvas
        #canvas
        role="img"
        [attr.aria-label]="'attendance.pad.canvas' | transloco"
        data-testid="signature-canvas"
      ></canvas>
      <button mat-button type="button" class="clear" (click)="clear()" [disabled]="empty()">
        <mat-icon>backspace</mat-icon> {{ 'attendance.pad.clear' | transloco }}
      </button>
    </div>

    @if (mode() === 'type') {
      <mat-form-field class="typed" appearance="outline">
        <mat-label>{{ 'attendance.pad.typedLabel' | transloco }}</mat-label>
        <input
          matInput
          [ngModel]="typed()"
          (ngModelChange)="typed.set($event)"
          maxlength="80"
          autocomplete="name"
          data-testid="signature-typed"
        />
      </mat-form-field>
      @if (typed().trim()) {
        <p class="preview" aria-hidden="true">{{ typed() }}</p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .modes {
      margin-bottom: 12px;
    }
    .pad {
      position: relative;
    }
    canvas {
      display: block;
      width: 100%;
      height: 200px;
      border: 2px dashed var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-lowest, #fff);
      touch-action: none;
    }
    .clear {
      position: absolute;
      right: 4px;
      bottom: 4px;
    }
    .typed {
      width: 100%;
    }
    .preview {
      font:
        italic 2rem 'Brush Script MT',
        'Segoe Script',
        cursive;
      margin: 0 0 8px;
      overflow-wrap: anywhere;
    }
  `,
})
export class SignaturePadComponent {
  /** What the control is, for screen readers (e.g. "Your signature"). */
  readonly label = input.required<string>();
  /** The name to start from when typing. */
  readonly name = input('');

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private pad: SignaturePad | null = null;

  protected readonly mode = signal<Mode>('draw');
  protected readonly typed = signal('');
  protected readonly drawn = signal(false);
  /** Nothing drawn (in draw mode). */
  readonly empty = () => !this.drawn();

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const canvas = this.canvas().nativeElement;
      this.pad = new SignaturePad(canvas, { penColor: '#1a1a2e', minWidth: 1, maxWidth: 2.6 });
      this.pad.addEventListener('endStroke', () => this.drawn.set(!this.pad?.isEmpty()));
      // A dialog or a rotation gives the canvas its size later: follow it.
      const observer = new ResizeObserver(() => this.resize());
      observer.observe(canvas);
      this.resize();
      destroyRef.onDestroy(() => {
        observer.disconnect();
        this.pad?.off();
      });
    });
  }

  protected setMode(mode: Mode): void {
    this.mode.set(mode);
    if (mode === 'type' && !this.typed()) this.typed.set(this.name());
  }

  /** Whether there is something to send. */
  hasSignature(): boolean {
    return this.mode() === 'draw' ? this.drawn() : this.typed().trim().length > 0;
  }

  clear(): void {
    this.pad?.clear();
    this.drawn.set(false);
  }

  /** The signature as a PNG data URL, or null when nothing is signed. */
  dataUrl(): string | null {
    if (!this.hasSignature()) return null;
    const out = document.createElement('canvas');
    out.width = EXPORT_WIDTH;
    out.height = EXPORT_HEIGHT;
    const context = out.getContext('2d');
    if (!context) return null;
    if (this.mode() === 'draw') {
      // Fitted, not stretched: the pad's shape follows the screen's.
      const source = this.canvas().nativeElement;
      const scale = Math.min(EXPORT_WIDTH / source.width, EXPORT_HEIGHT / source.height);
      const width = source.width * scale;
      const height = source.height * scale;
      context.drawImage(
        source,
        (EXPORT_WIDTH - width) / 2,
        (EXPORT_HEIGHT - height) / 2,
        width,
        height,
      );
    } else {
      context.fillStyle = '#1a1a2e';
      context.textBaseline = 'middle';
      let size = 72;
      const text = this.typed().trim();
      do {
        context.font = `italic ${size}px 'Brush Script MT', 'Segoe Script', cursive`;
        size -= 4;
      } while (size > 20 && context.measureText(text).width > EXPORT_WIDTH - 40);
      context.fillText(text, 20, EXPORT_HEIGHT / 2);
    }
    return out.toDataURL('image/png');
  }

  /** Keeps the drawing sharp on high-density screens (and after a rotation). */
  private resize(): void {
    const canvas = this.canvas().nativeElement;
    if (!this.pad || canvas.offsetWidth === 0) return;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    const width = Math.round(canvas.offsetWidth * ratio);
    const height = Math.round(canvas.offsetHeight * ratio);
    if (canvas.width === width && canvas.height === height) return;
    const data = this.pad.toData();
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')?.scale(ratio, ratio);
    this.pad.clear();
    this.pad.fromData(data);
  }
}

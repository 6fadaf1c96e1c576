import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HomeSectionComponent } from './home-section.component';

// The first render compiles the component and its Material parts: slow on a busy machine.
jest.setTimeout(20_000);

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [HomeSectionComponent],
  template: `<cq-home-section
    icon="work"
    heading="Mon projet"
    [count]="count()"
    empty="Rien à faire."
  >
    <p class="item">Un élément</p>
  </cq-home-section>`,
})
class HostComponent {
  readonly count = signal<number | null>(2);
}

describe('a home section', () => {
  function render(count: number | null) {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.count.set(count);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('names itself by its heading and shows how many items wait', () => {
    const el = render(2);
    const section = el.querySelector('section')!;
    const heading = el.querySelector(`#${section.getAttribute('aria-labelledby')}`);
    expect(heading?.textContent).toBe('Mon projet');
    expect(el.querySelector('.count')?.textContent).toBe('2');
    expect(el.querySelector('.empty')).toBeNull();
  });

  it('explains an empty section in a sentence', () => {
    const el = render(0);
    expect(el.querySelector('.empty')?.textContent).toBe('Rien à faire.');
  });

  it('shows no count when the section has none to give', () => {
    expect(render(null).querySelector('.count')).toBeNull();
  });
});

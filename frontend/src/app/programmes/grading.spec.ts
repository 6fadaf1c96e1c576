import { FormControl } from '@angular/forms';
import { type GradingScale } from '../core/api/types';
import { carryMinimum, onScale, onScaleValidator } from './grading';

describe('onScale', () => {
  it('accepts Swiss grades by halves from 1 to 6', () => {
    expect(onScale('CH_6', 4)).toBe(true);
    expect(onScale('CH_6', 4.5)).toBe(true);
    expect(onScale('CH_6', 1)).toBe(true);
    expect(onScale('CH_6', 6)).toBe(true);
  });

  it('refuses Swiss grades off the halves or out of range', () => {
    expect(onScale('CH_6', 4.25)).toBe(false);
    expect(onScale('CH_6', 0.5)).toBe(false);
    expect(onScale('CH_6', 6.5)).toBe(false);
  });

  it('accepts French grades by hundredths from 0 to 20', () => {
    expect(onScale('FR_20', 0)).toBe(true);
    expect(onScale('FR_20', 12.25)).toBe(true);
    expect(onScale('FR_20', 20)).toBe(true);
  });

  it('refuses French grades with thousandths or above 20', () => {
    expect(onScale('FR_20', 12.255)).toBe(false);
    expect(onScale('FR_20', 20.01)).toBe(false);
    expect(onScale('FR_20', Number.NaN)).toBe(false);
  });
});

describe('onScaleValidator', () => {
  it('lets an empty field through (no minimum) and checks a number against the current scale', () => {
    let scale: GradingScale = 'FR_20';
    const control = new FormControl<number | null>(
      null,
      onScaleValidator(() => scale),
    );
    expect(control.errors).toBeNull();
    control.setValue(12.5);
    expect(control.errors).toBeNull();
    scale = 'CH_6';
    control.updateValueAndValidity();
    expect(control.errors).toEqual({ onScale: { min: 1, max: 6, step: 0.5 } });
  });
});

describe('carryMinimum', () => {
  it('moves a minimum at the old pass grade to the new pass grade', () => {
    expect(carryMinimum(4, 'CH_6', 'FR_20')).toBe(10);
    expect(carryMinimum(10, 'FR_20', 'CH_6')).toBe(4);
  });

  it('keeps any other minimum, and no minimum', () => {
    expect(carryMinimum(4.5, 'CH_6', 'FR_20')).toBe(4.5);
    expect(carryMinimum(null, 'CH_6', 'FR_20')).toBeNull();
  });
});

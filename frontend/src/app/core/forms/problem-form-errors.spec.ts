import { FormControl, FormGroup, Validators } from '@angular/forms';
import { type Problem } from '../api/types';
import { applyProblemToForm, mapProblemToFormErrors } from './problem-form-errors';

function problem(overrides: Partial<Problem>): Problem {
  return {
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    code: 'validation',
    ...overrides,
  };
}

describe('mapProblemToFormErrors', () => {
  const controls = ['email', 'displayName', 'role'];

  it('puts each field error on the control of the same name', () => {
    const mapped = mapProblemToFormErrors(
      problem({
        errors: [
          { field: 'email', code: 'isEmail', message: 'email must be an email' },
          { field: 'displayName', code: 'isNotEmpty', message: 'displayName should not be empty' },
        ],
      }),
      controls,
    );

    expect(mapped.fields).toEqual({
      email: [{ code: 'isEmail', message: 'email must be an email' }],
      displayName: [{ code: 'isNotEmpty', message: 'displayName should not be empty' }],
    });
    expect(mapped.form).toEqual([]);
  });

  it('matches a nested field path by its last segment', () => {
    const mapped = mapProblemToFormErrors(
      problem({ errors: [{ field: 'body.email', code: 'isEmail', message: 'bad' }] }),
      controls,
    );

    expect(Object.keys(mapped.fields)).toEqual(['email']);
  });

  it('sends unknown fields and unmatched fields to the form, naming the field', () => {
    const mapped = mapProblemToFormErrors(
      problem({
        errors: [
          {
            field: 'isAdmin',
            code: 'whitelistValidation',
            message: 'property isAdmin should not exist',
          },
          { field: 'phone', code: 'isPhoneNumber', message: 'bad phone' },
        ],
      }),
      controls,
    );

    expect(mapped.fields).toEqual({});
    expect(mapped.form).toEqual([
      {
        code: 'whitelistValidation',
        message: 'property isAdmin should not exist',
        params: { field: 'isAdmin' },
      },
      { code: 'isPhoneNumber', message: 'bad phone', params: { field: 'phone' } },
    ]);
  });

  it('sends an unknown-field error to the form even when a control has that name', () => {
    const mapped = mapProblemToFormErrors(
      problem({ errors: [{ field: 'role', code: 'whitelistValidation', message: 'no' }] }),
      controls,
    );

    expect(mapped.fields).toEqual({});
    expect(mapped.form).toHaveLength(1);
  });

  it('maps a problem without field errors onto the control named for its code', () => {
    const mapped = mapProblemToFormErrors(
      problem({ status: 409, code: 'user.email_taken', title: 'Conflict', detail: 'Email taken' }),
      controls,
      { 'user.email_taken': 'email' },
    );

    expect(mapped.fields).toEqual({
      email: [{ code: 'user.email_taken', message: 'Email taken' }],
    });
    expect(mapped.form).toEqual([]);
  });

  it('keeps any other problem for the form, with the retry delay when there is one', () => {
    const mapped = mapProblemToFormErrors(
      problem({
        status: 429,
        code: 'auth.throttled',
        title: 'Too Many Requests',
        retryAfterSeconds: 30,
      }),
      controls,
    );

    expect(mapped.fields).toEqual({});
    expect(mapped.form).toEqual([
      { code: 'auth.throttled', message: 'Too Many Requests', params: { seconds: 30 } },
    ]);
  });
});

describe('applyProblemToForm', () => {
  function buildForm() {
    return new FormGroup({
      email: new FormControl('taken@clique.test', {
        nonNullable: true,
        validators: [Validators.email],
      }),
      displayName: new FormControl('Alice', { nonNullable: true }),
    });
  }

  it('marks the control invalid and touched with the server error', () => {
    const form = buildForm();

    applyProblemToForm(
      form,
      problem({ errors: [{ field: 'email', code: 'isEmail', message: 'email must be an email' }] }),
    );

    expect(form.controls.email.errors).toEqual({
      server: { code: 'isEmail', message: 'email must be an email' },
    });
    expect(form.controls.email.touched).toBe(true);
    expect(form.controls.displayName.valid).toBe(true);
  });

  it('clears the server error once the user edits the field', () => {
    const form = buildForm();
    applyProblemToForm(
      form,
      problem({ errors: [{ field: 'email', code: 'isEmail', message: 'x' }] }),
    );

    form.controls.email.setValue('alice@clique.test');

    expect(form.controls.email.errors).toBeNull();
  });

  it('returns what belongs to the form as a whole', () => {
    const form = buildForm();

    const formErrors = applyProblemToForm(
      form,
      problem({ status: 500, code: 'internal', title: 'Internal Server Error' }),
    );

    expect(formErrors).toEqual([{ code: 'internal', message: 'Internal Server Error' }]);
    expect(form.valid).toBe(true);
  });
});

import { homeFor, safeReturnUrl } from './role-home';

describe('homeFor', () => {
  it('sends each role to its own area', () => {
    expect(homeFor('admin')).toBe('/admin');
    expect(homeFor('instructor')).toBe('/instructor');
    expect(homeFor('student')).toBe('/student');
  });
});

describe('safeReturnUrl', () => {
  it('keeps a path inside the app', () => {
    expect(safeReturnUrl('/admin/users?page=2')).toBe('/admin/users?page=2');
  });

  it('refuses other origins and protocol-relative addresses', () => {
    expect(safeReturnUrl('https://evil.example/')).toBeNull();
    expect(safeReturnUrl('//evil.example/')).toBeNull();
    expect(safeReturnUrl('/\\evil.example/')).toBeNull();
    expect(safeReturnUrl('javascript:alert(1)')).toBeNull();
  });

  it('refuses the sign-in page itself and empty values', () => {
    expect(safeReturnUrl('/sign-in?returnUrl=%2Fadmin')).toBeNull();
    expect(safeReturnUrl('')).toBeNull();
    expect(safeReturnUrl(undefined)).toBeNull();
  });
});

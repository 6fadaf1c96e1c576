import { HttpEventType, HttpHeaderResponse, HttpResponse } from '@angular/common/http';
import { uploadProgress } from './upload-progress';

describe('uploadProgress', () => {
  it('starts at 0 % when the request is sent', () => {
    expect(uploadProgress({ type: HttpEventType.Sent }, 1000)).toEqual({
      phase: 'sending',
      percent: 0,
    });
  });

  it('follows the bytes sent, in whole percents', () => {
    const event = { type: HttpEventType.UploadProgress, loaded: 456, total: 1000 } as const;
    expect(uploadProgress(event, 1000)).toEqual({ phase: 'sending', percent: 45 });
  });

  it('uses the file size when the browser gives no total', () => {
    const event = { type: HttpEventType.UploadProgress, loaded: 250 } as const;
    expect(uploadProgress(event, 1000)).toEqual({ phase: 'sending', percent: 25 });
  });

  it('waits for the server once every byte is sent', () => {
    const event = { type: HttpEventType.UploadProgress, loaded: 1000, total: 1000 } as const;
    expect(uploadProgress(event, 1000)).toEqual({ phase: 'processing', percent: 100 });
    expect(uploadProgress(new HttpHeaderResponse({ status: 201 }), 1000)?.phase).toBe('processing');
  });

  it('is done with the server’s answer', () => {
    const body = { id: 's1', version: 2 };
    expect(uploadProgress(new HttpResponse({ status: 201, body }), 1000)).toEqual({
      phase: 'done',
      percent: 100,
      result: body,
    });
  });

  it('ignores events that say nothing about the upload', () => {
    expect(uploadProgress({ type: HttpEventType.User }, 1000)).toBeNull();
  });
});

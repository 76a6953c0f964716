import { checkUpload, contentTypeOf, fileSize, MAX_BYTES, uploadBody } from './logic';

const pdf = (size: number, name = '見積書.pdf', type = 'application/pdf') => new File([new Uint8Array(size)], name, { type });

describe('書類送信: checks before sending', () => {
  it('accepts a PDF, a JPEG and a PNG up to 10 MB', () => {
    expect(checkUpload(pdf(1024), '')).toEqual({});
    expect(checkUpload(pdf(10, '現場写真.JPG', 'image/jpeg'), '')).toEqual({});
    expect(checkUpload(pdf(10, '図面.jpeg', ''), '')).toEqual({});
    expect(checkUpload(pdf(10, '図面.png', 'image/png'), '')).toEqual({});
    expect(checkUpload(pdf(MAX_BYTES), '')).toEqual({});
  });

  it('asks for a file when none is chosen', () => {
    expect(checkUpload(null, '').file).toBe('送信するファイルを選択してください。');
  });

  it('refuses other file types by extension and by declared type', () => {
    expect(checkUpload(pdf(10, '見積書.xlsx', 'application/vnd.ms-excel'), '').file).toMatch(/PDF・JPEG・PNG/);
    expect(checkUpload(pdf(10, '見積書', ''), '').file).toMatch(/PDF・JPEG・PNG/);
    expect(checkUpload(pdf(10, '見積書.pdf', 'image/png'), '').file).toMatch(/拡張子と種類が一致しません/);
  });

  it('refuses an empty file and one above 10 MB', () => {
    expect(checkUpload(pdf(0), '').file).toBe('ファイルが空です。内容のあるファイルを選択してください。');
    expect(checkUpload(pdf(MAX_BYTES + 1), '').file).toMatch(/10MB以下のファイルを選択してください。/);
  });

  it('limits the description to 200 characters', () => {
    expect(checkUpload(pdf(10), 'あ'.repeat(200))).toEqual({});
    expect(checkUpload(pdf(10), 'あ'.repeat(201)).description).toBe('説明は200文字以内で入力してください。');
  });
});

describe('書類送信: the multipart body', () => {
  it('names the file part and sends the content type its extension names', () => {
    const body = uploadBody(pdf(4, '図面.jpeg', ''), '  配置図  ');
    const part = body.get('file') as File;
    expect(part.name).toBe('図面.jpeg');
    expect(part.type).toBe('image/jpeg');
    expect(part.size).toBe(4);
    expect(body.get('description')).toBe('配置図');
  });

  it('leaves the description out when none is given', () => {
    expect(uploadBody(pdf(4), ' ').has('description')).toBe(false);
    expect(contentTypeOf(pdf(1, 'A.PDF'))).toBe('application/pdf');
  });
});

describe('file sizes', () => {
  it('shows bytes, KB and MB', () => {
    expect(fileSize(512)).toBe('512 バイト');
    expect(fileSize(12_595)).toBe('12.3 KB');
    expect(fileSize(10 * 1024 * 1024)).toBe('10 MB');
  });
});

// The documents sent for one application: file name (a download link), type, size, description, when and by whom,
// and 削除 where the viewer may delete (the contractor).
import { dateTime } from '../../format';
import { documentPath, fileSize, typeLabel } from './logic';
import type { ApplicationDocument } from './types';

interface Props {
  items: ApplicationDocument[];
  caption: string;
  onDelete?: (doc: ApplicationDocument) => void;
}

export function DocumentTable({ items, caption, onDelete }: Props) {
  return (
    <div className="table-wrap">
      <table className="table documents-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">ファイル名</th>
            <th scope="col">種類</th>
            <th scope="col">サイズ</th>
            <th scope="col">説明</th>
            <th scope="col">送信日時</th>
            {onDelete && <th scope="col">操作</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.documentId}>
              <td>
                <a
                  href={documentPath(d.applicationId, d.documentId)}
                  download={d.fileName}
                  aria-label={`${d.fileName}をダウンロード`}
                >
                  {d.fileName}
                </a>
              </td>
              <td>{typeLabel(d.contentType)}</td>
              <td className="num">{fileSize(d.size)}</td>
              <td className="pre">{d.description ?? ''}</td>
              <td>
                {dateTime(d.uploadedAt)}
                <div className="muted">{d.uploadedBy}</div>
              </td>
              {onDelete && (
                <td>
                  <button
                    type="button"
                    className="button button--danger button--small"
                    onClick={() => onDelete(d)}
                    aria-label={`${d.fileName}を削除`}
                  >
                    削除
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// The JSON of application-service's 書類送信 (/api/applications/{applicationId}/documents).

export interface ApplicationDocument {
  documentId: string;
  applicationId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  description?: string | null;
  uploadedAt: string;
  uploadedBy: string;
}

export interface DocumentList {
  items: ApplicationDocument[];
}

// The JSON of application-service's お客様情報 (GET /api/profile, PUT / DELETE /api/profile/default-contact).

export interface JointVentureMembership {
  name: string;
  /** true: 代表者, false: 構成員 */
  representative: boolean;
}

/** The read copy of issuance's ContractorRegistered (kept by the surety company). */
export interface CompanyProfile {
  name: string;
  address?: string | null;
  representative?: string | null;
  jointVentures: JointVentureMembership[];
  updatedAt?: string | null;
}

/** The contractor's default contact, used to prefill new applications. */
export interface DefaultContact {
  department?: string | null;
  title?: string | null;
  name: string;
  phone: string;
  completionMailAddress?: string | null;
  updatedAt?: string | null;
}

export interface Profile {
  contractorId: string;
  company: CompanyProfile | null;
  defaultContact: DefaultContact | null;
}

/** The body of PUT /api/profile/default-contact. */
export interface DefaultContactBody {
  department: string | null;
  title: string | null;
  name: string | null;
  phone: string | null;
  completionMailAddress: string | null;
}

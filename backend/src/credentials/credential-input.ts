/** What diplomas (D2) hands over to be signed: credentials reads no other domain. */
export interface CredentialInput {
  diplomaId: string;
  number: string;
  verificationUrl: string;
  holderName: string;
  holderEmail: string;
  /** The programme's title. */
  achievementName: string;
  achievementDescription: string;
  criteriaNarrative: string;
  cohortName: string;
  /** YYYY-MM-DD */
  awardedOn: string;
  issuedAt: Date;
  finalGrade?: string | null;
  honours?: string | null;
}

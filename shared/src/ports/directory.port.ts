import type { Result } from "../model/result.js";

export interface DirectoryPerson {
  /** Entra object id. */
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string | null;
  jobTitle: string | null;
  department: string | null;
}

/** Entra ID people and groups. Lookups return `null` when nobody matches; results are cached briefly. */
export interface DirectoryPort {
  /** By object id or user principal name. */
  findPerson(idOrUpn: string): Promise<Result<DirectoryPerson | null>>;
  findByMail(mail: string): Promise<Result<DirectoryPerson | null>>;
  /** Users who are members of an Entra group (for panels backed by a group); every page is read. */
  groupMembers(groupId: string): Promise<Result<DirectoryPerson[]>>;
}

// What other features may use of accounts.
export {
  createUser,
  createUserFromCommandLine,
  listAccounts,
  changeOwnPassword,
  type CreatedUser,
} from './service.ts';
export {
  hashPassword,
  verifyPassword,
  verifyAgainstDecoy,
  passwordProblem,
  generatePassword,
} from './passwords.ts';
export { unsafeFindUserByEmail, findUserById, updateUser, type UserRow } from './store.ts';
export {
  ZEmail,
  ZNewUser,
  ZTwoFactorCode,
  ZChooseNewPassword,
  type TNewUser,
  type TChooseNewPassword,
} from './schemas.ts';
export { matchTotpCode } from './totp.ts';

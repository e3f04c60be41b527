// Password rules shared by the server and the browser's forms (no hashing code here).
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// Password rules shared by the server and the browser's forms (no hashing code here); defined with the wire
// contract so lib/contracts needs nothing from lib/auth.
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/contracts/auth";

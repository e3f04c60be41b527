// The server's own IAM identity (an ARN naming its user or role, as AWS puts it in AccessDenied texts) is
// shown to Admins only; everyone else sees the error with the identity replaced.

const IDENTITY_ARN = /arn:aws[a-z-]*:(?:iam|sts)::\d{12}:[\w+=,.@/-]+/g;

export function redactIdentity(text: string): string {
  return text.replace(IDENTITY_ARN, "[the server's AWS identity]");
}

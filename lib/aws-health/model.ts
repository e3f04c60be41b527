// The AWS Health event records live with the wire contract (lib/contracts needs nothing from lib/aws-health).
export * from "@/lib/contracts/aws-health-model";

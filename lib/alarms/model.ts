// The alarm records live with the wire contract (lib/contracts needs nothing from lib/alarms).
export * from "@/lib/contracts/alarm-model";

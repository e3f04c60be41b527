"use client";

import { RecoveringError } from "@/components/kiosk/RecoveringError";

export default RecoveringError;

// Request parsing of the alarm operations that change something: PutCompositeAlarm, SetAlarmState,
// DeleteAlarms, Enable/DisableAlarmActions and the tagging operations. PutMetricAlarm has its own file.

import { z } from "zod";
import { AlarmRuleSyntaxError, parseAlarmRule } from "./composite-rule";
import {
  MAX_ALARM_RULE_LENGTH,
  MAX_NAMES_PER_CALL,
  MAX_STATE_REASON_DATA_LENGTH,
  MAX_STATE_REASON_LENGTH,
  MAX_TAGS,
} from "./constants";
import { invalidFormat, validationError } from "./errors";
import {
  parseInput,
  tagsOf,
  zActions,
  zAlarmName,
  zBool,
  zDescription,
  zInt,
  zList,
  zString,
  zTags,
} from "./input";
import { STATE_VALUES, type CompositeAlarmConfig, type StateValue, type Tag } from "./model";

const compositeSchema = z.object({
  AlarmName: zAlarmName,
  AlarmRule: zString.min(1).max(MAX_ALARM_RULE_LENGTH),
  AlarmDescription: zDescription,
  ActionsEnabled: zBool.optional(),
  OKActions: zActions,
  AlarmActions: zActions,
  InsufficientDataActions: zActions,
  Tags: zTags,
  ActionsSuppressor: zString.min(1).max(1600).optional(),
  ActionsSuppressorWaitPeriod: zInt.optional(),
  ActionsSuppressorExtensionPeriod: zInt.optional(),
});

export function parsePutCompositeAlarm(raw: Record<string, unknown>): {
  config: CompositeAlarmConfig;
  tags: Tag[];
} {
  const q = parseInput(compositeSchema, raw);
  let parsedRule;
  try {
    parsedRule = parseAlarmRule(q.AlarmRule);
  } catch (error) {
    if (error instanceof AlarmRuleSyntaxError) throw validationError(error.message);
    throw error;
  }
  const config: CompositeAlarmConfig = {
    name: q.AlarmName,
    ...(q.AlarmDescription !== undefined ? { description: q.AlarmDescription } : {}),
    actionsEnabled: q.ActionsEnabled ?? true,
    okActions: q.OKActions ?? [],
    alarmActions: q.AlarmActions ?? [],
    insufficientDataActions: q.InsufficientDataActions ?? [],
    rule: q.AlarmRule,
    parsedRule,
    ...(q.ActionsSuppressor !== undefined ? { actionsSuppressor: q.ActionsSuppressor } : {}),
    ...(q.ActionsSuppressorWaitPeriod !== undefined
      ? { actionsSuppressorWaitPeriod: q.ActionsSuppressorWaitPeriod }
      : {}),
    ...(q.ActionsSuppressorExtensionPeriod !== undefined
      ? { actionsSuppressorExtensionPeriod: q.ActionsSuppressorExtensionPeriod }
      : {}),
  };
  return { config, tags: tagsOf(q.Tags) };
}

const setStateSchema = z.object({
  AlarmName: zAlarmName,
  StateValue: z.enum(STATE_VALUES),
  StateReason: zString.max(MAX_STATE_REASON_LENGTH),
  StateReasonData: zString.max(MAX_STATE_REASON_DATA_LENGTH).optional(),
});

export interface SetStateRequest {
  name: string;
  value: StateValue;
  reason: string;
  reasonData?: string;
}

export function parseSetAlarmState(raw: Record<string, unknown>): SetStateRequest {
  const q = parseInput(setStateSchema, raw);
  if (q.StateReasonData !== undefined) {
    try {
      JSON.parse(q.StateReasonData);
    } catch {
      throw invalidFormat();
    }
  }
  return {
    name: q.AlarmName,
    value: q.StateValue,
    reason: q.StateReason,
    ...(q.StateReasonData !== undefined ? { reasonData: q.StateReasonData } : {}),
  };
}

const namesSchema = z.object({ AlarmNames: zList(zAlarmName, MAX_NAMES_PER_CALL) });

export function parseAlarmNames(raw: Record<string, unknown>): string[] {
  return parseInput(namesSchema, raw).AlarmNames;
}

const zArn = zString.min(1).max(1024);

export function parseTagResource(raw: Record<string, unknown>): { arn: string; tags: Tag[] } {
  const q = parseInput(
    z.object({
      ResourceARN: zArn,
      Tags: zList(z.object({ Key: zString.min(1).max(128), Value: zString.max(256) }), MAX_TAGS),
    }),
    raw,
  );
  return { arn: q.ResourceARN, tags: tagsOf(q.Tags) };
}

export function parseUntagResource(raw: Record<string, unknown>): { arn: string; keys: string[] } {
  const q = parseInput(
    z.object({ ResourceARN: zArn, TagKeys: zList(zString.min(1).max(128), MAX_TAGS) }),
    raw,
  );
  return { arn: q.ResourceARN, keys: q.TagKeys };
}

export function parseListTags(raw: Record<string, unknown>): string {
  return parseInput(z.object({ ResourceARN: zArn }), raw).ResourceARN;
}

/** Merges new tags into existing ones (same key → new value), keeping at most MAX_TAGS. */
export function mergeTags(existing: Tag[], added: Tag[]): Tag[] {
  const out = existing.map((t) => ({ ...t }));
  for (const t of added) {
    const found = out.find((x) => x.Key === t.Key);
    if (found) found.Value = t.Value;
    else out.push({ ...t });
  }
  if (out.length > MAX_TAGS)
    throw validationError(
      `The resource may have at most ${MAX_TAGS} tags; the request would give it ${out.length}.`,
    );
  return out;
}

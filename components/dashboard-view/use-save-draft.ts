"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError } from "@/lib/client/api";
import {
  dashboardKeys,
  metadataOf,
  saveDashboardRequest,
  type DashboardMetadataInput,
  type SavedDashboardJson,
} from "@/lib/client/dashboards";
import type { DashboardDocument } from "@/lib/dashboards/model";
import { confirmCostRise } from "./confirm-cost-rise";

// Saving a dashboard's draft with optimistic locking: a save against an older version than the stored one
// is a conflict the editor resolves (save theirs over, or load theirs); other failures keep the draft.

export interface SaveConflict {
  theirs: SavedDashboardJson;
}

export function useSaveDraft(options: {
  saved: SavedDashboardJson;
  draft: DashboardDocument | undefined;
  metaDraft: DashboardMetadataInput | undefined;
  /** The draft was saved (or replaced by theirs): leave editing. */
  onSaved: () => void;
}) {
  const client = useQueryClient();
  const [conflict, setConflict] = useState<SaveConflict>();
  const [saveError, setSaveError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const { saved, draft, metaDraft } = options;

  async function save(baseVersion: number) {
    if (!draft) return;
    if (!(await confirmCostRise(saved.id, draft))) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      const result = await saveDashboardRequest(
        saved.id,
        baseVersion,
        metaDraft ?? metadataOf(saved),
        draft,
        "Edited in Watchwall",
      );
      client.setQueryData(dashboardKeys.one(saved.id), result);
      await client.invalidateQueries({ queryKey: dashboardKeys.all });
      options.onSaved();
      setConflict(undefined);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const current = error.details.current as SavedDashboardJson | undefined;
        if (current) setConflict({ theirs: current });
        else setSaveError(error.message);
      } else {
        setSaveError(error instanceof Error ? error.message : String(error));
      }
    } finally {
      setSaving(false);
    }
  }

  /** Drops the draft for the version someone else saved. */
  function loadTheirs(theirs: SavedDashboardJson) {
    client.setQueryData(dashboardKeys.one(saved.id), theirs);
    options.onSaved();
    setConflict(undefined);
  }

  return {
    saving,
    saveError,
    conflict,
    save,
    loadTheirs,
    clearConflict: () => setConflict(undefined),
  };
}

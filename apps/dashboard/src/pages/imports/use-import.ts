import { useInvalidate } from "@refinedev/core";
import type { ImportPreview, ImportResult } from "@tbc/types";
import { useCallback, useEffect, useRef, useState } from "react";
import { messageText } from "../../providers/coded";
import { useProcedure } from "../../providers/procedures";
import {
  checkImportFile,
  type FileProblem,
  type ImportKind,
  type ImportMode,
  type ImportProgress,
  UploadError,
  uploadImport,
} from "./upload";

export type ImportState =
  | { step: "idle" }
  | { step: "running"; mode: ImportMode; progress: ImportProgress | null }
  /** mode=preview answered; nothing was written. */
  | { step: "preview"; preview: ImportPreview }
  /** mode=commit refused the file (file or row errors); nothing was written. */
  | { step: "rejected"; preview: ImportPreview }
  | { step: "done"; result: ImportResult }
  | { step: "failed"; status: number; message: string };

/** A preview that an Import (commit) may follow: a readable file and no row errors. */
export function canCommit(state: ImportState): boolean {
  return state.step === "preview" && !state.preview.fileError && state.preview.errors.length === 0;
}

type Stale = Parameters<ReturnType<typeof useInvalidate>>[0];

/** What each kind of import makes stale once committed. */
const STALE: Record<ImportKind, Stale[]> = {
  // Everything that shows operations or their aggregates.
  operations: [
    { resource: "operations", invalidates: ["list", "many", "detail"] },
    { resource: "crimeAreas", invalidates: ["list"] },
  ],
  // Series, totals and markers are custom queries: everything of the data provider.
  engagement: [{ invalidates: ["all"] }],
};

/**
 * The import page's flow: choose a file (checked in the browser), preview it, then commit the same
 * file to the kind's route. Choosing another file starts over; leaving the page cancels a running
 * upload.
 */
export function useImport(kind: ImportKind) {
  const invalidate = useInvalidate();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const [state, setState] = useState<ImportState>({ step: "idle" });
  const abort = useRef<(() => void) | null>(null);
  useEffect(() => () => abort.current?.(), []);
  // The server's IMPORT_MAX_BYTES: fixed while it runs, so asked once per page load.
  const maxBytes = useProcedure("imports.limits", undefined, { staleTime: Number.POSITIVE_INFINITY }).data
    ?.maxBytes;

  const choose = useCallback(
    (next: File) => {
      abort.current?.();
      const found = checkImportFile(next, maxBytes);
      setProblem(found);
      setFile(found ? null : next);
      setState({ step: "idle" });
    },
    [maxBytes],
  );

  const run = useCallback(
    async (mode: ImportMode) => {
      if (!file) return;
      setState({ step: "running", mode, progress: null });
      const upload = uploadImport(kind, file, mode, (progress) =>
        setState((s) => (s.step === "running" ? { ...s, progress } : s)),
      );
      abort.current = upload.abort;
      try {
        const line = await upload.promise;
        if (line.type === "preview") setState({ step: "preview", preview: line });
        else if (line.type === "rejected") setState({ step: "rejected", preview: line });
        else if (line.type === "result") {
          setState({ step: "done", result: line });
          for (const stale of STALE[kind]) void invalidate(stale);
        } else setState({ step: "failed", status: 500, message: messageText(line.coded, line.message) });
      } catch (err) {
        if (err instanceof UploadError && err.message === "Cancelled") return;
        const status = err instanceof UploadError ? err.status : 0;
        setState({ step: "failed", status, message: err instanceof Error ? err.message : String(err) });
      } finally {
        abort.current = null;
        // The history lists refused commits too.
        if (mode === "commit") void invalidate({ resource: "imports", invalidates: ["list"] });
      }
    },
    [kind, file, invalidate],
  );

  return {
    file,
    problem,
    state,
    choose,
    preview: () => run("preview"),
    commit: () => run("commit"),
    maxBytes,
  };
}

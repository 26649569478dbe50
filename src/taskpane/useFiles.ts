/**
 * The units' files chosen in the pane, known by their content: the same file added twice is kept
 * once (and the user told), two different files with one name are both kept (the second under
 * "name (2).ext", the name the engine and the issues use).
 */
import * as React from "react";
import { useLatest } from "./useLatest";
import type { Translate } from "../i18n/strings";
import { contentHash, placeFile } from "../app/files";
import { ACCEPTED_NAME, type PickedFile } from "./paneTypes";

export interface FilesState {
  files: PickedFile[];
  /** what adding the last files did that the user should know (duplicates, renamed) */
  notices: string[];
  addFiles: (list: FileList | File[] | null) => Promise<void>;
  removeFile: (name: string) => void;
  setFiles: React.Dispatch<React.SetStateAction<PickedFile[]>>;
}

/** Adds `incoming` to `current` by content: returns the new list and the notices to show. */
export async function mergeFiles(current: PickedFile[], incoming: File[], t: Translate): Promise<{ files: PickedFile[]; notices: string[] }> {
  const files = [...current];
  const notices: string[] = [];
  for (const file of incoming) {
    const hash = contentHash(new Uint8Array(await file.arrayBuffer()));
    // the session's rule (src/app/files.ts): one file per content, names made unique
    const place = placeFile(files, file.name, hash);
    if ("duplicateOf" in place) {
      notices.push(t("duplicateFile", { name: file.name, other: place.duplicateOf }));
      continue;
    }
    if (place.renamed) notices.push(t("sameName", { name: file.name, renamed: place.name }));
    files.push({ name: place.name, original: file.name, hash, file });
  }
  return { files, notices };
}

export function useFiles(t: Translate): FilesState {
  const [files, setFiles] = React.useState<PickedFile[]>([]);
  const [notices, setNotices] = React.useState<string[]>([]);
  // additions are chained so two quick picks see each other's files
  const chain = React.useRef<Promise<PickedFile[]>>(Promise.resolve([]));
  const latest = useLatest(files);
  const addFiles = React.useCallback(
    (list: FileList | File[] | null) => {
      const accepted = Array.from(list ?? []).filter((f) => ACCEPTED_NAME.test(f.name));
      if (accepted.length === 0) return Promise.resolve();
      const next = chain.current.then(async () => {
        const merged = await mergeFiles(latest.current, accepted, t);
        latest.current = merged.files;
        setFiles(merged.files);
        setNotices(merged.notices);
        return merged.files;
      });
      chain.current = next.catch(() => latest.current);
      return next.then(() => undefined);
    },
    [t, latest],
  );
  const removeFile = React.useCallback((name: string) => {
    setFiles((old) => old.filter((f) => f.name !== name));
    setNotices([]);
  }, []);
  return { files, notices, addFiles, removeFile, setFiles };
}

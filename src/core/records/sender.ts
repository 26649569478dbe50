/**
 * Who sent a file, decided in two steps. Reading a file needs no registry: its records are made
 * and, from its sheets, the title blocks above its data tables are kept (a few cells each). Once
 * the run's registry is known — it may come from a registry file read last — the clues are
 * matched to it and every record gets its sender. The CLI's reading threads can then drop a
 * file's sheets as soon as it is read, instead of holding every file until the last one is in.
 */
import type { Grid } from "../grid";
import type { DetectedTable } from "../layout/detect";
import type { FileLedger } from "../model";
import type { ParsedFile, RegistryUnit } from "../rules/rule";
import { sheetClassOf } from "./common";
import { detectSender, type SenderSource, senderFromFileName, senderFromLabel, type TitleCell, titleCells } from "./titles";

/** One sheet's title cells (every text cell above its last candidate table) and the candidate tables, in order. */
export interface SheetClues {
  cells: TitleCell[];
  tables: { headerTop: number; firstCol: number; lastCol: number }[];
}

/** A file's records made, its sender not yet known: attachSender completes it. */
export interface FileRecords {
  parsed: ParsedFile;
  ledger: FileLedger;
  titles: string[];
  senderClues: SheetClues[];
}

/** A file read and its sender attached: what every later step takes. */
export interface FileResult {
  parsed: ParsedFile;
  ledger: FileLedger;
  titles: string[];
}

/**
 * The title blocks that may name the sender, in the order they are looked at: a data table's, on
 * a sheet that is neither instructions nor a list (whose sample title names nobody); never a
 * registry's (it names units, it is not sent by one) nor an instruction's example table.
 */
export function senderClues(detected: { grid: Grid; tables: DetectedTable[] }[]): SheetClues[] {
  const out: SheetClues[] = [];
  for (const { grid, tables } of detected) {
    if (sheetClassOf(grid.sheet)) continue;
    const candidates = tables.filter((t) => t.kind !== "registry" && t.kind !== "other" && !t.body.some((b) => b.kind === "example"));
    if (!candidates.length) continue;
    // a later table's title block holds an earlier one's (all text above it): the cells are read
    // once, up to the lowest header, and each table takes those above its own
    const top = Math.max(...candidates.map((t) => t.headerTop));
    out.push({ cells: titleCells(grid, 0, top), tables: candidates.map((t) => ({ headerTop: t.headerTop, firstCol: t.firstCol, lastCol: t.lastCol })) });
  }
  return out;
}

/**
 * Who sent the file, and what said so: the first title block that names a registry unit (in a
 * labelled line "Đơn vị: ...", "Địa bàn: ...", or the left-hand block), else a labelled line's
 * own wording, else the block's, else the file name matched to the registry (a title-less CSV).
 */
export function senderOf(file: string, clues: SheetClues[], registry: RegistryUnit[]): { sender: string; source: SenderSource } | undefined {
  let fromTitle: string | undefined;
  let fromLabel: string | undefined;
  const known = (name: string | undefined) => name !== undefined && registry.some((u) => u.name === name);
  for (const sheet of clues) {
    for (const t of sheet.tables) {
      const cells = sheet.cells.filter((c) => c.row < t.headerTop);
      // a labelled line says outright who sends ("Đơn vị: UBND xã ..."), above a parent body's line
      const label = senderFromLabel(cells, registry);
      if (known(label)) return { sender: label!, source: "label" };
      const s = detectSender(cells, t.firstCol, t.lastCol, registry);
      if (known(s)) return { sender: s!, source: "title" };
      fromTitle ??= s;
      fromLabel ??= label;
    }
  }
  if (fromLabel) return { sender: fromLabel, source: "label" };
  if (fromTitle) return { sender: fromTitle, source: "title" };
  const named = senderFromFileName(file, registry);
  return named ? { sender: named, source: "file-name" } : undefined;
}

/**
 * The file's sender, from its clues and the run's registry, written into its ledger and into every
 * record that has none of its own (a cross-table's column names its unit: that record keeps it).
 */
export function attachSender(read: FileRecords, registry: RegistryUnit[]): FileResult {
  const { parsed, ledger, titles } = read;
  const found = senderOf(ledger.file, read.senderClues, registry);
  if (found) {
    // the file's ledger and the one its parsed file carries are one object when read here, two
    // equal copies when a reading thread sent them (the hand-over keeps no shared references)
    for (const l of new Set([ledger, parsed.ledger])) {
      l.sender = found.sender;
      l.senderSource = found.source;
    }
    for (const sheet of parsed.sheets) {
      for (const r of sheet.awards) if (r.sender === undefined) r.sender = found.sender;
      for (const r of sheet.figures) if (r.sender === undefined) r.sender = found.sender;
      for (const r of sheet.summaries) if (r.sender === undefined) r.sender = found.sender;
    }
  }
  return { parsed, ledger, titles };
}

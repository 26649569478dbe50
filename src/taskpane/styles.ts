/** The pane's styles (Fluent UI makeStyles), shared by its components. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px", padding: "0 12px 12px", minWidth: "0", maxWidth: "100%", boxSizing: "border-box", overflowWrap: "anywhere" },
  // the one primary action and the run's state stay on screen however long the lists get
  actionBar: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "8px 0",
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
  section: { display: "flex", flexDirection: "column", gap: "8px", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "8px" },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
  drop: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px",
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
  dropActive: { backgroundColor: tokens.colorNeutralBackground2 },
  list: { margin: 0, paddingLeft: "0", listStyleType: "none", display: "flex", flexDirection: "column", gap: "2px" },
  fileLine: { display: "flex", gap: "6px", alignItems: "center", cursor: "pointer", minWidth: 0 },
  fileUnit: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  details: { paddingLeft: "22px", display: "flex", flexDirection: "column", gap: "4px" },
  issue: { display: "flex", flexDirection: "column", alignItems: "flex-start", textAlign: "left" },
  hiddenInput: { display: "none" },
  group: { marginTop: "6px" },
  rowTable: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  marked: { outline: `2px solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorPaletteRedBackground1 },
  diffText: { whiteSpace: "pre-wrap", fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, margin: 0 },
});

export type Styles = ReturnType<typeof useStyles>;

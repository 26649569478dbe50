/** The file inputs of the pane: the units' files (with drag and drop) and the unit list. */
import * as React from "react";
import { Button, Caption1, Text } from "@fluentui/react-components";
import { DocumentAddRegular, DocumentTableRegular } from "@fluentui/react-icons";
import type { Translate } from "../i18n/strings";
import { ACCEPT } from "./paneTypes";
import type { Styles } from "./styles";

/** The unit list (danh mục đơn vị): one file. */
export function RegistryPicker({ t, file, onFile }: { t: Translate; file: File | null; onFile: (f: File | null) => void }) {
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <div style={{ display: "flex", gap: "8px", alignItems: "center" }}>
      <Button icon={<DocumentTableRegular />} onClick={() => input.current?.click()}>
        {t("pickFiles")}
      </Button>
      <Caption1>{file ? file.name : t("noFiles")}</Caption1>
      <input
        ref={input}
        style={{ display: "none" }}
        type="file"
        accept={ACCEPT}
        aria-label={t("registryFile")}
        data-testid="registry-input"
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
      />
    </div>
  );
}

/** The units' files: a button and a drop zone. */
export function FileDrop({ t, onFiles, styles }: { t: Translate; onFiles: (f: FileList | null) => void; styles: Styles }) {
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);
  return (
    <div
      className={over ? `${styles.drop} ${styles.dropActive}` : styles.drop}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles(e.dataTransfer.files);
      }}
    >
      <Text weight="semibold" id="files-label">
        {t("filesLabel")}
      </Text>
      <div className={styles.row}>
        <Button icon={<DocumentAddRegular />} onClick={() => input.current?.click()}>
          {t("pickFiles")}
        </Button>
        <Caption1>{t("dropHint")}</Caption1>
      </div>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        multiple
        accept={ACCEPT}
        aria-labelledby="files-label"
        data-testid="files-input"
        onChange={(e) => {
          onFiles(e.target.files);
          e.target.value = "";
        }}
      />
    </div>
  );
}


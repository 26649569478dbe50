/** The bundled CLI's entry (scripts/build-cli.mjs): run as a process. */
import { runAsProcess } from "./main";

runAsProcess();
